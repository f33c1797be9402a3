// The resident's check-in page: reads a venue's place code from the camera or the text box, posts it, and shows in
// one glance what staff at the door need (large colour, masked name, venue, time, test recency, allow or deny with
// the reason), with a sound. Nothing is stored in the browser.
(function () {
  'use strict';
  var page = document.getElementById('resident-check-in');
  var checkInPath = page.getAttribute('data-check-in-path');

  function byId(id) { return document.getElementById(id); }

  function text(key) {
    var element = byId('text-' + key);
    return element ? element.textContent : key;
  }

  function reset() {
    byId('result').hidden = false;
    byId('result-colour').className = 'colour verdict';
    byId('result-decision').className = 'decision';
    byId('result-rejection').hidden = true;
    ['result-name', 'result-reason', 'result-venue', 'result-recency', 'result-time'].forEach(function (id) {
      byId(id).textContent = '';
    });
    byId('result-companions').textContent = '';
  }

  function showAdmission(result) {
    reset();
    var person = result.people[0];
    var recency = person.recency;
    byId('result-colour').classList.add(person.colour);
    byId('result-colour').textContent = text(person.colour);
    byId('result-decision').classList.add(person.decision);
    byId('result-decision').textContent = text(person.decision);
    byId('result-reason').textContent = text('reason-' + person.reason);
    byId('result-name').textContent = person.maskedName;
    byId('result-venue').textContent = result.venueName;
    byId('result-recency').textContent = recency && recency.negativeWithinHours
      ? text('negative') + ' ' + recency.negativeWithinHours : text('untested');
    byId('result-time').textContent = new Date(result.checkedInAt).toLocaleString();
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

  function checkIn(placeCode) {
    fetch(checkInPath, {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ placeCode: placeCode.trim() })
    })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (answer) { if (answer.ok) { showAdmission(answer.body); } else { showRejection(answer.body); } })
      .catch(function () { showRejection(null); });
  }

  byId('paste-form').addEventListener('submit', function (event) {
    event.preventDefault();
    checkIn(byId('code-text').value);
  });
  window.CameraScanner.attach(function (code) { checkIn(code); });
}());
