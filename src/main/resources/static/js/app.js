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
    var lang = document.documentElement.lang || 'sv';
    var speaking = false;

    function pickVoice() {
      var voices = window.speechSynthesis.getVoices() || [];
      var matching = voices.filter(function (v) {
        return v.lang && v.lang.toLowerCase().indexOf(lang.toLowerCase()) === 0;
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
      var utterance = new SpeechSynthesisUtterance(main.innerText);
      utterance.lang = lang;
      var voice = pickVoice();
      if (voice) { utterance.voice = voice; }
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
