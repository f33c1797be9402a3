// Keeps each screen code on the page fresh: shows the expiry in local time and refetches the code every 30 s.
(function () {
  'use strict';
  var REFRESH_MS = 30000;
  var COLOURS = ['GREEN', 'YELLOW', 'RED'];

  function showExpiry(figure) {
    var time = figure.querySelector('time.expires');
    time.textContent = new Date(time.getAttribute('datetime')).toLocaleTimeString();
  }

  function show(figure, code) {
    COLOURS.forEach(function (colour) { figure.classList.remove(colour); });
    figure.classList.add(code.colour);
    figure.querySelector('.qr').innerHTML = code.svg;
    figure.querySelector('time.expires').setAttribute('datetime', code.expiresAt);
    showExpiry(figure);
  }

  function refresh(figure) {
    fetch(figure.getAttribute('data-code-path'), { headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (code) { if (code) { show(figure, code); } })
      .catch(function () { /* offline: keep the code shown until the next attempt */ });
  }

  document.querySelectorAll('figure.screen-code').forEach(function (figure) {
    showExpiry(figure);
    setInterval(function () { refresh(figure); }, REFRESH_MS);
  });
}());
