// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // "Lyssna": reads the main content aloud with the browser's speech synthesis, using only
  // voices for the page language (preferring voices that run on the device).
  function setUpListen() {
    var button = document.querySelector('[data-listen]');
    if (!button || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') {
      return;
    }
    // The primary language: sv-lattlast is read with a Swedish voice.
    var lang = (document.documentElement.lang || 'sv').split('-')[0];
    var status = document.querySelector('[data-listen-status]');
    var speaking = false;

    function pickVoice() {
      var voices = window.speechSynthesis.getVoices() || [];
      var matching = voices.filter(function (v) {
        return v.lang && v.lang.toLowerCase().split(/[-_]/)[0] === lang.toLowerCase();
      });
      var local = matching.filter(function (v) { return v.localService; });
      return local[0] || matching[0] || null;
    }

    function reset() {
      speaking = false;
      button.textContent = button.getAttribute('data-label-start');
      button.setAttribute('aria-pressed', 'false');
    }

    button.hidden = false;
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', function () {
      if (speaking) {
        window.speechSynthesis.cancel();
        reset();
        return;
      }
      var main = document.getElementById('main-content');
      if (!main) { return; }
      var voice = pickVoice();
      if (!voice) {
        // No voice for the page's language: say so rather than read it with a wrong one.
        if (status) { status.textContent = button.getAttribute('data-no-voice'); }
        return;
      }
      if (status) { status.textContent = ''; }
      var utterance = new SpeechSynthesisUtterance(main.innerText);
      utterance.lang = voice.lang;
      utterance.voice = voice;
      utterance.onend = reset;
      utterance.onerror = reset;
      speaking = true;
      button.textContent = button.getAttribute('data-label-stop');
      button.setAttribute('aria-pressed', 'true');
      window.speechSynthesis.speak(utterance);
    });
  }

  // Move focus to an error summary so screen-reader users hear it first.
  function focusErrorSummary() {
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpListen();
    focusErrorSummary();
  });
})();
