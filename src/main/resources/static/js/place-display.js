// The venue's display: shows its rotating place code and fetches the next one half-way through its validity (or in
// 15 seconds after a failure). The code names the venue only; nothing personal is on this page.
(function () {
  'use strict';
  var RETRY_MS = 15000;
  var page = document.getElementById('place-display');
  var codePath = page.getAttribute('data-code-path');

  function byId(id) { return document.getElementById(id); }

  function show(code) {
    byId('place-code').innerHTML = code.svg;
    byId('place-code').setAttribute('data-text', code.text);
    byId('expires').setAttribute('datetime', code.expiresAt);
    byId('expires').textContent = new Date(code.expiresAt).toLocaleTimeString();
    byId('display-error').hidden = true;
    var wait = Math.max(1000, new Date(code.refreshAt).getTime() - Date.now());
    window.setTimeout(refresh, wait);
  }

  function refresh() {
    fetch(codePath, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) { if (!response.ok) { throw new Error('refused'); } return response.json(); })
      .then(show)
      .catch(function () {
        byId('display-error').hidden = false;
        window.setTimeout(refresh, RETRY_MS);
      });
  }

  refresh();
}());
