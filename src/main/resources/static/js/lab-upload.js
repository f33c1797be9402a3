// The lab page: uploads a CSV file with a progress bar (bytes sent), then shows the server's row report.
(function () {
  'use strict';
  var page = document.getElementById('lab');
  var uploadPath = page.getAttribute('data-upload-path');

  function byId(id) { return document.getElementById(id); }

  function showProblem(problem) {
    byId('problem').hidden = false;
    byId('problem-title').textContent = problem && problem.title ? problem.title : byId('text-FAILED').textContent;
    byId('problem-code').textContent = problem && problem.code ? problem.code : '';
  }

  function showReport(report) {
    byId('report').hidden = false;
    byId('rows-read').textContent = report.rowsRead;
    byId('accepted').textContent = report.accepted;
    byId('unchanged').textContent = report.unchanged;
    byId('rejected').textContent = report.rejected;
    var body = byId('problems');
    body.textContent = '';
    report.problems.forEach(function (problem) {
      var row = document.createElement('tr');
      [problem.row, problem.code, problem.message].forEach(function (value) {
        var cell = document.createElement('td');
        cell.textContent = value;
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
    byId('truncated').hidden = !report.problemsTruncated;
  }

  byId('upload-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = new FormData();
    form.append('file', byId('file').files[0]);
    if (byId('charset').value) { form.append('charset', byId('charset').value); }
    byId('problem').hidden = true;
    byId('report').hidden = true;
    byId('progress').value = 0;
    var request = new XMLHttpRequest();
    request.open('POST', uploadPath);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', function (progress) {
      if (progress.lengthComputable) { byId('progress').value = Math.round(100 * progress.loaded / progress.total); }
    });
    request.upload.addEventListener('load', function () { byId('processing').hidden = false; });
    request.addEventListener('load', function () {
      byId('processing').hidden = true;
      var answer = null;
      try { answer = JSON.parse(request.responseText); } catch (notJson) { answer = null; }
      if (request.status === 200 && answer) { showReport(answer); } else { showProblem(answer); }
    });
    request.addEventListener('error', function () { byId('processing').hidden = true; showProblem(null); });
    request.send(form);
  });
}());
