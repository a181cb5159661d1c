// The walk protocol on a phone, offline. Without this file the form posts one point at a time.
// With it, every point is sent to the queue endpoint (multipart, answered with JSON) with the
// clientId the page generated for it. When the phone has no connection, or the server cannot be
// reached although the browser believes it is online (network error, timeout, 5xx), the point is
// kept in IndexedDB (per walk, with its photo) and shown in a queue ("3 punkter väntar på
// anslutning"); it is sent again, photo included, on the 'online' event, every 30 seconds and on
// the next page load. A point sent twice is stored once on the server (the first photo stays).
// Without IndexedDB the point is kept in localStorage without its photo, and the page says so;
// points an older version left in localStorage are moved to IndexedDB and sent.
// A point typed directly with something to correct (400) is posted the ordinary way, so the
// server shows the errors with everything typed kept. A queued point the server rejects stays in
// the queue with the errors, to be corrected ("Rätta" loads it back into the form with its
// clientId) or removed.
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
  var notice = '';
  var queueReady = openQueue();
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

  // The queue: IndexedDB (which can keep a photo as a Blob) when the browser has it, otherwise
  // localStorage (text only: a photo cannot be kept there). Each item is
  // { id: clientId, walk, at, fields, photo (Blob or null), error }. All calls return promises.
  function localQueue() {
    function read() {
      try {
        var queue = JSON.parse(window.localStorage.getItem(key) || '[]');
        return Array.isArray(queue) ? queue : [];
      } catch (e) {
        return [];
      }
    }
    function write(queue) {
      window.localStorage.setItem(key, JSON.stringify(queue.map(function (p) {
        return { fields: p.fields, error: p.error };
      })));
    }
    return {
      photos: false,
      all: function () {
        return Promise.resolve(read().map(function (p) {
          return { id: p.fields.clientId, fields: p.fields, error: p.error, photo: null };
        }));
      },
      put: function (item) {
        var queue = read().filter(function (p) { return p.fields.clientId !== item.id; });
        queue.push({ fields: item.fields, error: item.error });
        write(queue);
        return Promise.resolve();
      },
      remove: function (id) {
        write(read().filter(function (p) { return p.fields.clientId !== id; }));
        return Promise.resolve();
      }
    };
  }

  function request(r) {
    return new Promise(function (resolve, reject) {
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }

  function indexedQueue(db) {
    var walkId = box.getAttribute('data-walk-id');
    function store(mode) { return db.transaction('points', mode).objectStore('points'); }
    return {
      photos: true,
      all: function () {
        return request(store('readonly').getAll()).then(function (items) {
          return items.filter(function (p) { return p.walk === walkId; })
            .sort(function (a, b) { return a.at - b.at; });
        });
      },
      put: function (item) {
        item.walk = walkId;
        item.at = item.at || Date.now();
        return request(store('readwrite').put(item));
      },
      remove: function (id) { return request(store('readwrite').delete(id)); }
    };
  }

  // Opens IndexedDB and moves what an older version of this script left in localStorage into it.
  function openQueue() {
    var fallback = localQueue();
    if (!window.indexedDB) { return Promise.resolve(fallback); }
    return new Promise(function (resolve, reject) {
      var open = window.indexedDB.open('walk-protocol', 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('points', { keyPath: 'id' }); };
      open.onsuccess = function () { resolve(open.result); };
      open.onerror = function () { reject(open.error); };
      open.onblocked = function () { reject(new Error('blocked')); };
    }).then(function (db) {
      var queue = indexedQueue(db);
      return fallback.all().then(function (old) {
        return old.reduce(function (done, p, i) {
          return done.then(function () {
            return queue.put({ id: p.id, at: Date.now() - old.length + i, fields: p.fields, photo: null, error: p.error });
          });
        }, Promise.resolve());
      }).then(function () {
        window.localStorage.removeItem(key);
        return queue;
      });
    }).catch(function () { return fallback; });
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
    return queueReady.then(function (queue) { return queue.all(); }).then(show, function () {});
  }

  function show(items) {
    var waiting = items.filter(function (p) { return !p.error; });
    var failed = items.filter(function (p) { return p.error; });
    var message;
    if (waiting.length > 0) {
      message = waiting.length === 1 ? text('one', 1) : text('many', waiting.length);
      if (!navigator.onLine) { message += ' ' + text('offline', 0); }
    } else if (sent > 0) {
      message = sent === 1 ? text('sent-one', 1) : text('sent', sent);
    } else {
      message = navigator.onLine ? '' : text('offline', 0);
    }
    if (notice) { message += ' ' + notice; }
    box.hidden = message === '' && failed.length === 0;
    statusText.textContent = message;
    failedList.textContent = '';
    failed.forEach(function (point) {
      var item = document.createElement('li');
      item.textContent = text('failed', 0) + ' ' + point.error + ' ';
      var correct = document.createElement('button');
      correct.type = 'button';
      correct.className = 'govuk-button govuk-!-margin-right-2';
      correct.textContent = text('correct', 0);
      correct.addEventListener('click', function () { edit(point); });
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'govuk-button govuk-button--secondary';
      remove.textContent = text('remove', 0);
      remove.addEventListener('click', function () {
        queueReady.then(function (queue) { return queue.remove(point.id); }).then(render);
      });
      item.appendChild(correct);
      item.appendChild(remove);
      failedList.appendChild(item);
    });
  }

  // "Rätta": the point goes back into the form with its clientId (and its photo), so saving it
  // after the correction stores it once. Until then the form is its only copy, as for a new point.
  function edit(point) {
    var skip = csrf().name;
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.type === 'file' || element.name === skip) { return; }
      var value = point.fields[element.name];
      if (element.type === 'radio' || element.type === 'checkbox') {
        element.checked = element.value === value;
      } else if (value !== undefined) {
        element.value = value;
      } else if (element.tagName !== 'BUTTON' && element.type !== 'hidden') {
        element.value = '';
      }
    });
    var photo = document.getElementById('photo');
    if (photo) {
      photo.value = '';
      if (point.photo && window.DataTransfer) {
        try {
          var files = new window.DataTransfer();
          files.items.add(point.photo instanceof window.File ? point.photo
            : new window.File([point.photo], 'foto', { type: point.photo.type }));
          photo.files = files.files;
        } catch (e) { /* the photo stays in the queue item only */ }
      }
    }
    notice = '';
    queueReady.then(function (queue) { return queue.remove(point.id); }).then(render).then(function () {
      var first = document.getElementById('latitude');
      if (first) { first.focus(); }
    });
  }

  function csrf() {
    var name = form.getAttribute('data-csrf');
    var input = form.querySelector('input[name="' + name + '"]');
    return { name: name, value: input ? input.value : '' };
  }

  function flush() {
    if (flushing || !navigator.onLine) { render(); return; }
    flushing = true;
    var store;
    var next;
    queueReady.then(function (queue) {
      store = queue;
      return queue.all();
    }).then(function (items) {
      next = items.filter(function (p) { return !p.error; })[0];
      if (!next) { return null; }
      var body = new FormData();
      Object.keys(next.fields).forEach(function (name) { body.append(name, next.fields[name]); });
      if (next.photo) { body.append('photo', next.photo, next.photo.name || 'foto'); }
      var token = csrf();
      body.append(token.name, token.value);
      return post(body, false).then(function (response) {
        return response.json().then(function (json) { return { status: response.status, json: json }; });
      }).then(function (result) {
        if (result.status === 200) {
          sent += 1;
          notice = '';
          return store.remove(next.id).then(function () { return true; });
        } else if (result.status === 400) {
          next.error = (result.json.errors || []).join(' ');
          return store.put(next).then(function () { return true; });
        }
        throw new Error('not stored');
      });
    }).then(function (more) {
      flushing = false;
      if (more) { flush(); } else { render(); }
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

  // Keeps the point (with its photo where the browser can) in the phone and clears the form.
  function enqueue(fields, file) {
    queueReady.then(function (queue) {
      notice = file ? text(queue.photos ? 'photo-kept' : 'photo', 0) : '';
      return queue.put({ id: fields.clientId, fields: fields, photo: queue.photos ? file : null, error: null });
    }).then(render, render);
    var photo = document.getElementById('photo');
    if (photo) { photo.value = ''; }
    ['observation', 'proposedAction', 'latitude', 'longitude', 'placeName'].forEach(function (id) {
      var field = document.getElementById(id);
      if (field) { field.value = ''; }
    });
    clientId.value = uuid();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (sending) { return; }
    var fields = fieldsOf();
    var photo = document.getElementById('photo');
    var file = photo && photo.files && photo.files.length > 0 ? photo.files[0] : null;
    if (navigator.onLine === false) { enqueue(fields, file); return; }
    sending = true;
    post(new FormData(form), true).then(function (response) {
      sending = false;
      var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
      if (response.status === 200 && json && !response.redirected) {
        // Stored: show the page again with the point in the list (and the notice).
        window.location.assign(form.action.split('?')[0]);
      } else if (response.status >= 500) {
        enqueue(fields, file);
      } else {
        // Something to correct (or a new sign-in): the server shows it the ordinary way.
        HTMLFormElement.prototype.submit.call(form);
      }
    }).catch(function () {
      sending = false;
      enqueue(fields, file);
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
