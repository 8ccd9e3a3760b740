// The instructor's charts of one exercise, from the page's JSON data block (no inline script: the
// Content-Security-Policy allows scripts from this server's files only).
(function () {
  const data = JSON.parse(document.getElementById('chart-data').textContent);
  const chart = (id, series, colour) => new Chart(document.getElementById(id), {
    type: 'bar',
    data: { labels: series.labels, datasets: [{ label: 'students', data: series.counts, backgroundColor: colour }] },
    options: { animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
  chart('scores', data.scores, '#4a7fb5');
  chart('speedups', data.speedups, '#5aa469');
})();
