// The checkpoint page: reads a code from the camera or the text box, asks the server and shows the verdict.
// Nothing is stored in the browser; the code text is sent only to this server.
(function () {
  'use strict';
  var SAME_CODE_PAUSE_MS = 4000;
  var page = document.getElementById('checkpoint');
  var verifyPath = page.getAttribute('data-verify-path');
  var scanner = null;
  var lastScan = { text: null, at: 0 };

  function byId(id) { return document.getElementById(id); }

  function text(key) {
    var element = byId('text-' + key);
    return element ? element.textContent : key;
  }

  function reset() {
    byId('result').hidden = false;
    byId('result-colour').className = 'colour verdict';
    byId('result-decision').className = 'decision';
    ['result-changed', 'result-expiry', 'result-rejection'].forEach(function (id) { byId(id).hidden = true; });
    byId('result-name').textContent = '';
  }

  function showDecision(result) {
    reset();
    byId('result-colour').classList.add(result.colour);
    byId('result-colour').textContent = text(result.colour);
    byId('result-decision').classList.add(result.decision);
    byId('result-decision').textContent = text(result.decision);
    byId('result-name').textContent = result.maskedName;
    byId('result-changed').hidden = !result.colourChanged;
    var expires = byId('result-expires');
    expires.setAttribute('datetime', result.expiresAt);
    expires.textContent = new Date(result.expiresAt).toLocaleString();
    byId('result-expiry').hidden = false;
  }

  function showRejection(problem) {
    reset();
    byId('result-colour').classList.add('REJECTED');
    byId('result-colour').textContent = text('REJECTED');
    byId('result-decision').classList.add('DENY');
    byId('result-decision').textContent = text('DENY');
    byId('result-reason').textContent = problem && problem.title ? problem.title : text('FAILED');
    byId('result-code').textContent = problem && problem.code ? problem.code : '';
    byId('result-rejection').hidden = false;
  }

  function verify(code) {
    fetch(verifyPath, {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ code: code.trim() })
    })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (answer) { if (answer.ok) { showDecision(answer.body); } else { showRejection(answer.body); } })
      .catch(function () { showRejection(null); });
  }

  function scanned(code) {
    var now = Date.now();
    if (code === lastScan.text && now - lastScan.at < SAME_CODE_PAUSE_MS) {
      return;
    }
    lastScan = { text: code, at: now };
    verify(code);
  }

  function library() {
    if (window.Html5Qrcode) { return window.Html5Qrcode; }
    return window.__Html5QrcodeLibrary__ ? window.__Html5QrcodeLibrary__.Html5Qrcode : null;
  }

  function cameraFailed() {
    byId('camera-error').hidden = false;
    byId('scan-start').hidden = false;
    byId('scan-stop').hidden = true;
  }

  function startScanning() {
    var Html5Qrcode = library();
    if (!Html5Qrcode) { cameraFailed(); return; }
    scanner = scanner || new Html5Qrcode('reader');
    byId('camera-error').hidden = true;
    byId('scan-start').hidden = true;
    byId('scan-stop').hidden = false;
    scanner.start({ facingMode: 'environment' }, { fps: 10, qrbox: 250 }, scanned, function () { /* no code in view */ })
      .catch(cameraFailed);
  }

  function stopScanning() {
    byId('scan-start').hidden = false;
    byId('scan-stop').hidden = true;
    if (scanner) { scanner.stop().catch(function () { /* already stopped */ }); }
  }

  byId('paste-form').addEventListener('submit', function (event) {
    event.preventDefault();
    verify(byId('code-text').value);
  });
  byId('scan-start').addEventListener('click', startScanning);
  byId('scan-stop').addEventListener('click', stopScanning);
}());
