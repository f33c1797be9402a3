// The camera half of every scanning page (checkpoint, venue scanner, resident check-in): the #scan-start and
// #scan-stop buttons run html5-qrcode in #reader and hand each code read to the page, once per code within a short
// pause so one code held in view is not sent again and again; #camera-error shows when no camera can be used.
window.CameraScanner = (function () {
  'use strict';
  var SAME_CODE_PAUSE_MS = 4000;

  function byId(id) { return document.getElementById(id); }

  function library() {
    if (window.Html5Qrcode) { return window.Html5Qrcode; }
    return window.__Html5QrcodeLibrary__ ? window.__Html5QrcodeLibrary__.Html5Qrcode : null;
  }

  function attach(onCode) {
    var scanner = null;
    var lastScan = { text: null, at: 0 };

    function scanned(code) {
      var now = Date.now();
      if (code === lastScan.text && now - lastScan.at < SAME_CODE_PAUSE_MS) { return; }
      lastScan = { text: code, at: now };
      onCode(code);
    }

    function cameraFailed() {
      byId('camera-error').hidden = false;
      byId('scan-start').hidden = false;
      byId('scan-stop').hidden = true;
    }

    function start() {
      var Html5Qrcode = library();
      if (!Html5Qrcode) { cameraFailed(); return; }
      scanner = scanner || new Html5Qrcode('reader');
      byId('camera-error').hidden = true;
      byId('scan-start').hidden = true;
      byId('scan-stop').hidden = false;
      scanner.start({ facingMode: 'environment' }, { fps: 10, qrbox: 250 }, scanned, function () { /* no code */ })
        .catch(cameraFailed);
    }

    function stop() {
      byId('scan-start').hidden = false;
      byId('scan-stop').hidden = true;
      if (scanner) { scanner.stop().catch(function () { /* already stopped */ }); }
    }

    byId('scan-start').addEventListener('click', start);
    byId('scan-stop').addEventListener('click', stop);
  }

  return { attach: attach };
}());
