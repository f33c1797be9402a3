// Keeps each screen code on the page fresh: a ticking clock (a screenshot shows a frozen one), the expiry in local
// time, and a new code fetched well before the shown one expires.
(function () {
  'use strict';
  var REFRESH_BEFORE_EXPIRY_MS = 20000;
  var MIN_REFRESH_MS = 5000;
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

  function scheduleRefresh(figure) {
    var expires = new Date(figure.querySelector('time.expires').getAttribute('datetime')).getTime();
    var wait = Math.max(MIN_REFRESH_MS, expires - Date.now() - REFRESH_BEFORE_EXPIRY_MS);
    setTimeout(function () { refresh(figure); }, wait);
  }

  function tick(figure) {
    figure.querySelector('time.now').textContent = new Date().toLocaleTimeString();
  }

  function refresh(figure) {
    fetch(figure.getAttribute('data-code-path'), { headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (code) { if (code) { show(figure, code); } })
      .catch(function () { /* offline: keep the code shown until the next attempt */ })
      .then(function () { scheduleRefresh(figure); });
  }

  document.querySelectorAll('figure.screen-code').forEach(function (figure) {
    showExpiry(figure);
    tick(figure);
    setInterval(function () { tick(figure); }, 1000);
    scheduleRefresh(figure);
  });
}());
