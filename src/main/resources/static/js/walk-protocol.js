// The walk protocol on a phone, offline. Without this file the form posts one point at a time.
// With it, every point is sent to the queue endpoint (JSON) with the clientId the page generated
// for it. When the phone has no connection, or the server cannot be reached although the browser
// believes it is online (network error, timeout, 5xx), the point is kept in localStorage (per walk)
// and shown in a queue ("3 punkter väntar på anslutning"); it is sent again on the 'online' event,
// every 30 seconds and on the next page load. A point sent twice is stored once on the server.
// A point with something to correct (400) is posted the ordinary way, so the server shows the
// errors with everything typed kept.
(function () {
  'use strict';

  var form = document.getElementById('walk-point-form');
  var box = document.getElementById('walk-queue');
  if (!form || !box || !window.localStorage || !window.fetch) { return; }

  var key = 'walk-protocol-queue-' + box.getAttribute('data-walk-id');
  var statusText = document.getElementById('walk-queue-status');
  var failedList = document.getElementById('walk-queue-failed');
  var clientId = document.getElementById('clientId');
  var flushing = false;
  var sending = false;
  var sent = 0;
  var TIMEOUT = 20000;
  var RETRY = 30000;

  // A fetch that gives up after a while: a server that does not answer counts as unreachable.
  function post(body, direct) {
    var controller = window.AbortController ? new window.AbortController() : null;
    var timer = controller ? window.setTimeout(function () { controller.abort(); }, TIMEOUT) : null;
    var headers = { 'X-Walk-Queue': '1' };
    if (direct) { headers['X-Walk-Direct'] = '1'; }
    return window.fetch(form.action, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: headers,
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      if (timer) { window.clearTimeout(timer); }
      return response;
    }, function (error) {
      if (timer) { window.clearTimeout(timer); }
      throw error;
    });
  }

  function load() {
    try {
      var queue = JSON.parse(window.localStorage.getItem(key) || '[]');
      return Array.isArray(queue) ? queue : [];
    } catch (e) {
      return [];
    }
  }

  function save(queue) {
    window.localStorage.setItem(key, JSON.stringify(queue));
  }

  function uuid() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    var b = window.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function text(name, count) {
    return (box.getAttribute('data-' + name) || '').replace('{0}', String(count));
  }

  function render() {
    var queue = load();
    var waiting = queue.filter(function (p) { return !p.error; });
    var failed = queue.filter(function (p) { return p.error; });
    var message;
    if (waiting.length > 0) {
      message = waiting.length === 1 ? text('one', 1) : text('many', waiting.length);
      if (!navigator.onLine) { message += ' ' + text('offline', 0); }
    } else if (sent > 0) {
      message = text('sent', sent);
    } else {
      message = navigator.onLine ? '' : text('offline', 0);
    }
    box.hidden = message === '' && failed.length === 0;
    statusText.textContent = message;
    failedList.textContent = '';
    failed.forEach(function (point) {
      var item = document.createElement('li');
      item.textContent = text('failed', 0) + ' ' + point.error + ' ';
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'govuk-button govuk-button--secondary';
      remove.textContent = text('remove', 0);
      remove.addEventListener('click', function () {
        save(load().filter(function (p) { return p.fields.clientId !== point.fields.clientId; }));
        render();
      });
      item.appendChild(remove);
      failedList.appendChild(item);
    });
  }

  function csrf() {
    var name = form.getAttribute('data-csrf');
    var input = form.querySelector('input[name="' + name + '"]');
    return { name: name, value: input ? input.value : '' };
  }

  function flush() {
    if (flushing || !navigator.onLine) { render(); return; }
    var next = load().filter(function (p) { return !p.error; })[0];
    if (!next) { render(); return; }
    flushing = true;
    var body = new FormData();
    Object.keys(next.fields).forEach(function (name) { body.append(name, next.fields[name]); });
    var token = csrf();
    body.append(token.name, token.value);
    post(body, false).then(function (response) {
      return response.json().then(function (json) { return { status: response.status, json: json }; });
    }).then(function (result) {
      var queue = load();
      if (result.status === 200) {
        queue = queue.filter(function (p) { return p.fields.clientId !== next.fields.clientId; });
        sent += 1;
      } else if (result.status === 400) {
        queue.forEach(function (p) {
          if (p.fields.clientId === next.fields.clientId) {
            p.error = (result.json.errors || []).join(' ');
          }
        });
      } else {
        throw new Error('not stored');
      }
      save(queue);
      flushing = false;
      flush();
    }).catch(function () {
      // Still offline, the server out of reach, or signed out: the point stays for the next try.
      flushing = false;
      render();
    });
  }

  function fieldsOf() {
    var fields = {};
    var skip = csrf().name;
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.name === skip || element.type === 'file') { return; }
      if ((element.type === 'radio' || element.type === 'checkbox') && !element.checked) { return; }
      fields[element.name] = element.value;
    });
    return fields;
  }

  // Keeps the point in the phone and clears the form for the next one.
  function enqueue(fields) {
    var queue = load();
    if (!queue.some(function (p) { return p.fields.clientId === fields.clientId; })) {
      queue.push({ fields: fields });
    }
    save(queue);
    var photo = document.getElementById('photo');
    var photoLeft = photo && photo.files && photo.files.length > 0;
    if (photoLeft) { photo.value = ''; }
    ['observation', 'proposedAction', 'latitude', 'longitude', 'placeName'].forEach(function (id) {
      var field = document.getElementById(id);
      if (field) { field.value = ''; }
    });
    clientId.value = uuid();
    render();
    if (photoLeft) { statusText.textContent += ' ' + text('photo', 0); }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (sending) { return; }
    var fields = fieldsOf();
    if (navigator.onLine === false) { enqueue(fields); return; }
    sending = true;
    post(new FormData(form), true).then(function (response) {
      sending = false;
      var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
      if (response.status === 200 && json && !response.redirected) {
        // Stored: show the page again with the point in the list (and the notice).
        window.location.assign(form.action.split('?')[0]);
      } else if (response.status >= 500) {
        enqueue(fields);
      } else {
        // Something to correct (or a new sign-in): the server shows it the ordinary way.
        HTMLFormElement.prototype.submit.call(form);
      }
    }).catch(function () {
      sending = false;
      enqueue(fields);
    });
  });

  window.addEventListener('online', flush);
  // The server may come back without an 'online' event (the phone was "online" all along).
  window.setInterval(flush, RETRY);
  window.addEventListener('offline', render);

  var locate = form.querySelector('[data-walk-geolocate]');
  var wrapper = form.querySelector('[data-walk-geolocate-wrapper]');
  if (locate && wrapper && navigator.geolocation) {
    wrapper.hidden = false;
    locate.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        document.getElementById('latitude').value = position.coords.latitude.toFixed(6);
        document.getElementById('longitude').value = position.coords.longitude.toFixed(6);
      }, function () {
        window.alert(locate.getAttribute('data-error'));
      }, { enableHighAccuracy: true, timeout: 15000 });
    });
  }

  flush();
}());
