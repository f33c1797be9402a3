// Flow charts: draws Chart.js charts from the flow APIs named by each canvas's data-source.
// Hourly charts: arrivals let in and kept out per local hour. Entrance chart: scans per minute per entrance over the
// last hour, redrawn every 30 seconds. The occupancy gauge refreshes itself through htmx (hx-trigger on the page).
(function () {
  'use strict';

  function load(canvas) {
    return fetch(canvas.dataset.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; });
  }

  function hourly(canvas) {
    load(canvas).then(function (hours) {
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: hours.map(function (hour) { return hour.hour; }),
          datasets: [
            { label: canvas.dataset.admitted, data: hours.map(function (hour) { return hour.admitted; }),
              backgroundColor: '#2e7d32', stack: 'arrivals' },
            { label: canvas.dataset.refused, data: hours.map(function (hour) { return hour.refused; }),
              backgroundColor: '#c62828', stack: 'arrivals' }
          ]
        },
        options: { animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
    });
  }

  function minuteLabel(iso) {
    return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function entranceData(canvas, entrances) {
    var minutes = [];
    entrances.forEach(function (entrance) {
      entrance.minutes.forEach(function (minute) {
        if (minutes.indexOf(minute.minute) < 0) { minutes.push(minute.minute); }
      });
    });
    minutes.sort();
    return {
      labels: minutes.map(minuteLabel),
      datasets: entrances.map(function (entrance) {
        var byMinute = {};
        entrance.minutes.forEach(function (minute) { byMinute[minute.minute] = minute.scans; });
        return {
          label: entrance.entranceName || canvas.dataset.noEntrance,
          data: minutes.map(function (minute) { return byMinute[minute] || 0; })
        };
      })
    };
  }

  function perEntrance(canvas) {
    var chart = new Chart(canvas, {
      type: 'line',
      data: { labels: [], datasets: [] },
      options: { animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
    function refresh() {
      load(canvas).then(function (entrances) {
        chart.data = entranceData(canvas, entrances);
        chart.update();
      });
    }
    refresh();
    setInterval(refresh, 30000);
  }

  document.addEventListener('DOMContentLoaded', function () {
    ['hourly-chart', 'district-hourly-chart'].forEach(function (id) {
      var canvas = document.getElementById(id);
      if (canvas) { hourly(canvas); }
    });
    var entrances = document.getElementById('entrance-chart');
    if (entrances) { perEntrance(entrances); }
  });
})();
