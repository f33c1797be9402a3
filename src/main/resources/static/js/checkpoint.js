// The checkpoint page: reads a code from the camera or the text box, asks the server and shows the verdict.
// Nothing is stored in the browser; the code text is sent only to this server.
(function () {
  'use strict';
  var verdict = window.Verdict;
  var byId = verdict.byId;
  var verifyPath = byId('checkpoint').getAttribute('data-verify-path');
  var HIDDEN = ['result-changed', 'result-expiry', 'result-rejection'];

  function showDecision(result) {
    verdict.reset(['result-name'], HIDDEN);
    verdict.show(result.colour, result.decision);
    byId('result-name').textContent = result.maskedName;
    byId('result-changed').hidden = !result.colourChanged;
    var expires = byId('result-expires');
    expires.setAttribute('datetime', result.expiresAt);
    expires.textContent = new Date(result.expiresAt).toLocaleString();
    byId('result-expiry').hidden = false;
  }

  function verify(code) {
    verdict.post(verifyPath, { code: code.trim() }, showDecision, function (problem) {
      verdict.reset(['result-name'], HIDDEN);
      verdict.showRejection(problem, 'result-reason');
    });
  }

  byId('paste-form').addEventListener('submit', function (event) {
    event.preventDefault();
    verify(byId('code-text').value);
  });
  window.CameraScanner.attach(function (code) { verify(code); });
}());
