// The resident's check-in page: reads a venue's place code from the camera or the text box, posts it, and shows in
// one glance what staff at the door need (large colour, masked name, venue, time, test recency, allow or deny with
// the reason), with a sound. Nothing is stored in the browser.
(function () {
  'use strict';
  var verdict = window.Verdict;
  var checkInPath = verdict.byId('resident-check-in').getAttribute('data-check-in-path');
  var FIELDS = ['result-name', 'result-reason', 'result-venue', 'result-recency', 'result-time', 'result-companions'];

  function checkIn(placeCode) {
    verdict.post(checkInPath, { placeCode: placeCode.trim() },
      function (result) {
        verdict.reset(FIELDS, ['result-rejection']);
        verdict.showAdmission(result);
      },
      function (problem) {
        verdict.reset(FIELDS, ['result-rejection']);
        verdict.showRejection(problem, 'result-problem');
        window.entrySound('DENY');
      });
  }

  verdict.byId('paste-form').addEventListener('submit', function (event) {
    event.preventDefault();
    checkIn(verdict.byId('code-text').value);
  });
  window.CameraScanner.attach(function (code) { checkIn(code); });
}());
