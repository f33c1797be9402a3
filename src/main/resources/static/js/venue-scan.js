// The venue scanner page: reads a code from the camera or the text box (or takes an identity document), posts it to
// the venue's scan API and shows the large verdict with a sound. Nothing is stored in the browser.
(function () {
  'use strict';
  var verdict = window.Verdict;
  var byId = verdict.byId;
  var scanPath = byId('venue-scan').getAttribute('data-scan-path');
  var FIELDS = ['result-name', 'result-reason', 'result-recency', 'result-time', 'result-companions'];

  function valueOf(id) {
    var element = byId(id);
    return element && element.value ? element.value.trim() : '';
  }

  function send(person) {
    var body = Object.assign({
      entranceId: valueOf('entrance') || null,
      drugClass: valueOf('drug-class') || null,
      companions: valueOf('companions').split(/\s+/).filter(function (id) { return id.length > 0; })
    }, person);
    verdict.post(scanPath, body,
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

  byId('paste-form').addEventListener('submit', function (event) {
    event.preventDefault();
    send({ code: byId('code-text').value.trim() });
  });
  byId('document-form').addEventListener('submit', function (event) {
    event.preventDefault();
    send({
      documentType: valueOf('document-type'),
      documentNumber: valueOf('document-number'),
      issuingCountry: valueOf('issuing-country') || null
    });
  });
  window.CameraScanner.attach(function (code) { send({ code: code.trim() }); });
}());
