// The checkpoint page: reads a code from the camera or the text box, asks the server and shows the verdict.
// Nothing is stored in the browser; the code text is sent only to this server.
(function () {
  'use strict';
  var page = document.getElementById('checkpoint');
  var verifyPath = page.getAttribute('data-verify-path');

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

  byId('paste-form').addEventListener('submit', function (event) {
    event.preventDefault();
    verify(byId('code-text').value);
  });
  window.CameraScanner.attach(function (code) { verify(code); });
}());
