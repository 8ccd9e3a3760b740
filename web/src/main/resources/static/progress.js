// A submission's live progress over server-sent events, then its report without a reload. The
// progress paragraph is an ARIA live region: it also says when the connection to the server is lost
// (the browser keeps trying again) and when it is back, rather than freezing at the last message.
(function () {
  const progress = document.getElementById('progress');
  const id = progress.dataset.submission;
  const RETRY_MILLIS = 5000;
  let lost = false;
  let back = false;

  const show = (text, status) => {
    progress.textContent = text;
    if (status) { progress.dataset.status = status; }
  };
  const shown = d => {
    show((back ? 'Connected to the server again. ' : '') + d.message, d.status);
    back = false;
  };

  const connect = () => {
    const events = new EventSource('/submissions/' + id + '/events');
    events.addEventListener('open', () => {
      if (lost) { lost = false; back = true; show('Connected to the server again.'); }
    });
    events.addEventListener('progress', e => shown(JSON.parse(e.data)));
    events.addEventListener('done', e => {
      events.close();
      shown(JSON.parse(e.data));
      fetch('/submissions/' + id + '/report').then(r => r.text()).then(html => { document.getElementById('report').innerHTML = html; });
    });
    events.addEventListener('error', () => {
      if (!lost) {
        lost = true;
        show('The connection to the server is lost; trying to reconnect…');
      }
      // A connection refused outright (not just dropped) is not retried by the browser: try again ourselves.
      if (events.readyState === EventSource.CLOSED) { setTimeout(connect, RETRY_MILLIS); }
    });
  };
  connect();
})();
