// A sound cue for an entry decision, made with WebAudio (no audio files): two short high beeps to let in, one long
// low tone to keep out. Browsers allow sound only after the user has interacted with the page, which a scan is.
(function () {
  'use strict';
  var context = null;

  function tone(start, frequency, seconds) {
    var oscillator = context.createOscillator();
    var gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.2, start);
    gain.gain.exponentialRampToValueAtTime(0.001, start + seconds);
    oscillator.connect(gain);
    gain.connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + seconds);
  }

  window.entrySound = function (decision) {
    var AudioContext = window.AudioContext || window.webkitAudioContext;
    if (!AudioContext) { return; }
    try {
      context = context || new AudioContext();
      var now = context.currentTime;
      if (decision === 'ALLOW') {
        tone(now, 1320, 0.12);
        tone(now + 0.18, 1320, 0.12);
      } else {
        tone(now, 220, 0.6);
      }
    } catch (unavailable) { /* no sound on this device */ }
  };
}());
