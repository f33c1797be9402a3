// The sampler's page: opens a tube, adds people by pasted code or identity document, shows the tube filling, seals it.
// Nothing is kept in the browser; code texts and document numbers go only to this server.
(function () {
  'use strict';
  var page = document.getElementById('sampling');
  var api = page.getAttribute('data-api');
  var current = null;

  function byId(id) { return document.getElementById(id); }

  function send(method, path, body) {
    return fetch(api + path, {
      method: method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok) { throw answer; }
        return answer;
      });
    });
  }

  function showProblem(problem) {
    byId('problem').hidden = false;
    byId('problem-title').textContent = problem && problem.title ? problem.title : byId('text-FAILED').textContent;
    byId('problem-code').textContent = problem && problem.code ? problem.code : '';
  }

  function showTube(tube) {
    current = tube;
    byId('problem').hidden = true;
    byId('tube').hidden = false;
    byId('tube-barcode').textContent = tube.barcode;
    byId('tube-fill').max = tube.capacity;
    byId('tube-fill').value = tube.maskedNames.length;
    byId('tube-count').textContent = tube.maskedNames.length + ' / ' + tube.capacity;
    byId('tube-sealed').hidden = !tube.sealed;
    var list = byId('tube-members');
    list.textContent = '';
    tube.maskedNames.forEach(function (name) {
      var item = document.createElement('li');
      item.textContent = name;
      list.appendChild(item);
    });
    ['code-form', 'document-form'].forEach(function (id) { byId(id).hidden = tube.sealed; });
    byId('seal').hidden = tube.sealed;
  }

  function bind(body, field) {
    if (!current) { return; }
    send('POST', '/tubes/' + encodeURIComponent(current.barcode) + '/members', body)
      .then(function (tube) { byId(field).value = ''; showTube(tube); })
      .catch(showProblem);
  }

  var siteForm = byId('site-form');
  if (siteForm) {
    siteForm.addEventListener('submit', function (event) {
      event.preventDefault();
      send('POST', '/sites', { name: byId('site-name').value })
        .then(function () { window.location.reload(); })
        .catch(showProblem);
    });
  }
  byId('open-form').addEventListener('submit', function (event) {
    event.preventDefault();
    send('POST', '/tubes', {
      barcode: byId('barcode').value,
      kind: byId('kind').value,
      poolSize: byId('kind').value === 'MIXED' ? Number(byId('pool-size').value) : null,
      siteId: byId('site').value
    }).then(showTube).catch(showProblem);
  });
  byId('code-form').addEventListener('submit', function (event) {
    event.preventDefault();
    bind({ code: byId('code-text').value.trim() }, 'code-text');
  });
  byId('document-form').addEventListener('submit', function (event) {
    event.preventDefault();
    bind({ documentType: byId('document-type').value, documentNumber: byId('document-number').value }, 'document-number');
  });
  byId('seal').addEventListener('click', function () {
    if (!current) { return; }
    send('POST', '/tubes/' + encodeURIComponent(current.barcode) + '/seal').then(showTube).catch(showProblem);
  });
}());
