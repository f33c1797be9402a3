// The venue scanner page: reads a code from the camera or the text box (or takes an identity document), posts it to
// the venue's scan API and shows the large verdict with a sound. Nothing is stored in the browser.
(function () {
  'use strict';
  var page = document.getElementById('venue-scan');
  var scanPath = page.getAttribute('data-scan-path');

  function byId(id) { return document.getElementById(id); }

  function text(key) {
    var element = byId('text-' + key);
    return element ? element.textContent : key;
  }

  function valueOf(id) {
    var element = byId(id);
    return element && element.value ? element.value.trim() : '';
  }

  function reset() {
    byId('result').hidden = false;
    byId('result-colour').className = 'colour verdict';
    byId('result-decision').className = 'decision';
    byId('result-rejection').hidden = true;
    ['result-name', 'result-reason', 'result-recency', 'result-time'].forEach(function (id) { byId(id).textContent = ''; });
    byId('result-companions').textContent = '';
  }

  function recencyText(recency) {
    if (recency && recency.negativeWithinHours) { return text('negative') + ' ' + recency.negativeWithinHours; }
    return text('untested');
  }

  function showAdmission(result) {
    reset();
    var person = result.people[0];
    byId('result-colour').classList.add(person.colour);
    byId('result-colour').textContent = text(person.colour);
    byId('result-decision').classList.add(person.decision);
    byId('result-decision').textContent = text(person.decision);
    byId('result-reason').textContent = text('reason-' + person.reason);
    byId('result-name').textContent = person.maskedName;
    byId('result-recency').textContent = recencyText(person.recency);
    byId('result-time').textContent = result.venueName + ' · ' + new Date(result.checkedInAt).toLocaleString();
    result.people.slice(1).forEach(function (companion) {
      var item = document.createElement('li');
      item.className = companion.decision;
      item.textContent = companion.maskedName + ': ' + text(companion.decision) + ' (' + text(companion.colour) + ')';
      byId('result-companions').appendChild(item);
    });
    window.entrySound(person.decision);
  }

  function showRejection(problem) {
    reset();
    byId('result-colour').classList.add('REJECTED');
    byId('result-colour').textContent = text('REJECTED');
    byId('result-decision').classList.add('DENY');
    byId('result-decision').textContent = text('DENY');
    byId('result-problem').textContent = problem && problem.title ? problem.title : text('FAILED');
    byId('result-code').textContent = problem && problem.code ? problem.code : '';
    byId('result-rejection').hidden = false;
    window.entrySound('DENY');
  }

  function send(person) {
    var body = Object.assign({
      entranceId: valueOf('entrance') || null,
      drugClass: valueOf('drug-class') || null,
      companions: valueOf('companions').split(/\s+/).filter(function (id) { return id.length > 0; })
    }, person);
    fetch(scanPath, {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body)
    })
      .then(function (response) {
        return response.json().then(function (answer) { return { ok: response.ok, body: answer }; });
      })
      .then(function (answer) { if (answer.ok) { showAdmission(answer.body); } else { showRejection(answer.body); } })
      .catch(function () { showRejection(null); });
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
