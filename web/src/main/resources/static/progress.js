// A submission's live progress over server-sent events, then its report without a reload.
(function () {
  const progress = document.getElementById('progress');
  const id = progress.dataset.submission;
  const events = new EventSource('/submissions/' + id + '/events');
  events.addEventListener('progress', e => { const d = JSON.parse(e.data); progress.textContent = d.message; progress.dataset.status = d.status; });
  events.addEventListener('done', e => {
    const d = JSON.parse(e.data);
    events.close();
    progress.textContent = d.message; progress.dataset.status = d.status;
    fetch('/submissions/' + id + '/report').then(r => r.text()).then(html => { document.getElementById('report').innerHTML = html; });
  });
})();
