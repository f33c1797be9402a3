// The verdict panel the three scanning pages share (checkpoint, venue scanner, resident check-in): texts in the page's
// language from its hidden #texts block, the large colour and decision, an admission with its companions, a refusal
// with its problem, and posting a scan as JSON. Each page keeps only what it alone shows. Nothing is stored.
(function () {
  'use strict';

  function byId(id) { return document.getElementById(id); }

  function text(key) {
    var element = byId('text-' + key);
    return element ? element.textContent : key;
  }

  /** Shows the panel with no verdict: the listed fields emptied, the listed parts hidden. */
  function reset(emptied, hidden) {
    byId('result').hidden = false;
    byId('result-colour').className = 'colour verdict';
    byId('result-decision').className = 'decision';
    emptied.forEach(function (id) { byId(id).textContent = ''; });
    hidden.forEach(function (id) { byId(id).hidden = true; });
  }

  function show(colour, decision) {
    byId('result-colour').classList.add(colour);
    byId('result-colour').textContent = text(colour);
    byId('result-decision').classList.add(decision);
    byId('result-decision').textContent = text(decision);
  }

  /** A refused scan: DENY, the problem's title in {@code titleId} (or "could not reach the server"), its code. */
  function showRejection(problem, titleId) {
    show('REJECTED', 'DENY');
    byId(titleId).textContent = problem && problem.title ? problem.title : text('FAILED');
    byId('result-code').textContent = problem && problem.code ? problem.code : '';
    byId('result-rejection').hidden = false;
  }

  function recencyText(recency) {
    return recency && recency.negativeWithinHours ? text('negative') + ' ' + recency.negativeWithinHours : text('untested');
  }

  /**
   * A venue's admission: the scanned person's colour, decision, reason, masked name and test recency, the venue and
   * time (the venue in #result-venue where the page has one, else before the time), each companion, and the sound.
   */
  function showAdmission(result) {
    var person = result.people[0];
    var time = new Date(result.checkedInAt).toLocaleString();
    show(person.colour, person.decision);
    byId('result-reason').textContent = text('reason-' + person.reason);
    byId('result-name').textContent = person.maskedName;
    byId('result-recency').textContent = recencyText(person.recency);
    if (byId('result-venue')) {
      byId('result-venue').textContent = result.venueName;
      byId('result-time').textContent = time;
    } else {
      byId('result-time').textContent = result.venueName + ' · ' + time;
    }
    byId('result-companions').textContent = '';
    result.people.slice(1).forEach(function (companion) {
      var item = document.createElement('li');
      item.className = companion.decision;
      item.textContent = companion.maskedName + ': ' + text(companion.decision) + ' (' + text(companion.colour) + ')';
      byId('result-companions').appendChild(item);
    });
    window.entrySound(person.decision);
  }

  /** Posts {@code body} as JSON to this server; calls {@code accepted} with the answer, or {@code refused} with the problem (null if unreachable). */
  function post(path, body, accepted, refused) {
    fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body)
    })
      .then(function (response) {
        return response.json().then(function (answer) { return { ok: response.ok, body: answer }; });
      })
      .then(function (answer) { if (answer.ok) { accepted(answer.body); } else { refused(answer.body); } })
      .catch(function () { refused(null); });
  }

  window.Verdict = { byId: byId, reset: reset, show: show, showRejection: showRejection, showAdmission: showAdmission, post: post };
}());
