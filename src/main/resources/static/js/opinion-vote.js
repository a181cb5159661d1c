// Progressive enhancement of the voting card (htmx): a vote that could not be saved says so and
// keeps the statement, instead of showing nothing. Without JavaScript the form posts as usual.
(function () {
  'use strict';

  function card(evt) {
    var target = evt.detail && evt.detail.target;
    return target && target.id === 'vote-card' ? target : null;
  }

  function showFailure(target) {
    var failed = target.querySelector('#vote-failed');
    if (!failed) { return; }
    failed.textContent = failed.getAttribute('data-message');
    failed.hidden = false;
  }

  // A new try hides the last failure.
  document.addEventListener('htmx:beforeRequest', function (evt) {
    var target = card(evt);
    var failed = target && target.querySelector('#vote-failed');
    if (failed) {
      failed.hidden = true;
      failed.textContent = '';
    }
  });

  document.addEventListener('htmx:beforeSwap', function (evt) {
    var target = card(evt);
    if (!target || evt.detail.xhr.status < 400) { return; }
    var body = evt.detail.xhr.responseText || '';
    if (body.indexOf('id="vote-card"') >= 0 && body.indexOf('<html') < 0) {
      // The server refused the vote and sent the card with its reason and the same statement.
      evt.detail.shouldSwap = true;
      evt.detail.isError = false;
    } else {
      // Any other failure (too many votes, an expired form, a server error): keep the card.
      evt.detail.shouldSwap = false;
      showFailure(target);
    }
  });

  function failed(evt) {
    var target = card(evt);
    if (target) { showFailure(target); }
  }
  document.addEventListener('htmx:sendError', failed);
  document.addEventListener('htmx:timeout', failed);
})();
