// Receipt of a place report: a button that copies the full private link. Without this file the
// address is selectable text in a read-only field.
(function () {
  'use strict';
  var button = document.getElementById('copy-private-url');
  var field = document.getElementById('private-url');
  var status = document.getElementById('copy-status');
  if (!button || !field) { return; }
  button.hidden = false;
  function say(text) { if (status) { status.textContent = text; } }
  button.addEventListener('click', function () {
    var done = function () { say(button.getAttribute('data-copied')); };
    var failed = function () {
      field.focus();
      field.select();
      say(button.getAttribute('data-copy-failed'));
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(field.value).then(done, failed);
    } else {
      field.select();
      try { if (document.execCommand('copy')) { done(); } else { failed(); } } catch (e) { failed(); }
    }
  });
}());
