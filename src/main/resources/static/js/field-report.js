// Field report form on a phone: keeps what was typed in the phone's storage on every input, so
// that a lost connection or a reload never loses it; files with fetch and, when there is no
// connection, keeps the draft, says so and files again when the connection returns. The form
// carries a submission key made by the server, so filing twice never makes two reports. The draft
// is removed only when the receipt page (the server's confirmation) shows that key. Also: a map per
// event, and "Lägg till händelse" without a round trip. Without this file the form is a plain POST.
(function () {
  'use strict';

  var PREFIX = 'td-field-report-draft:';

  function storageGet(key) {
    try { return JSON.parse(window.localStorage.getItem(key) || 'null'); } catch (e) { return null; }
  }
  function storageSet(key, value) {
    try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* full or private mode */ }
  }
  function storageRemove(key) {
    try { window.localStorage.removeItem(key); } catch (e) { /* ignore */ }
  }

  // ---- receipt page: the server confirmed, the draft may go --------------------------------------
  var receipt = document.querySelector('[data-field-filed]');
  if (receipt) {
    var key = PREFIX + receipt.getAttribute('data-account');
    var stored = storageGet(key);
    if (stored && stored.key === receipt.getAttribute('data-field-filed')) { storageRemove(key); }
    return;
  }

  var form = document.getElementById('field-report-form');
  if (!form) { return; }
  var storageKey = PREFIX + form.getAttribute('data-account');
  var status = document.getElementById('field-report-status');
  var events = document.getElementById('field-events');
  var sending = false;
  var waiting = false;

  function say(text) {
    if (!status) { return; }
    status.textContent = text;
    status.hidden = !text;
  }

  function fields() {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === 'action' || el.name === '_csrf' || el.type === 'submit' || el.type === 'button') { return; }
      if (el.type === 'radio' || el.type === 'checkbox') {
        if (el.checked) { values[el.name] = el.value; }
      } else {
        values[el.name] = el.value;
      }
    });
    return values;
  }

  function save() {
    var values = fields();
    storageSet(storageKey, { key: values.submissionKey, fields: values, savedAt: new Date().toISOString() });
  }

  function restore(draft) {
    var highest = 0;
    Object.keys(draft.fields).forEach(function (name) {
      var match = /^e(\d+)\./.exec(name);
      if (match) { highest = Math.max(highest, parseInt(match[1], 10)); }
    });
    while (blocks().length <= highest) { addBlock(); }
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === 'action' || el.name === '_csrf' || el.type === 'submit') { return; }
      var value = draft.fields[el.name];
      if (el.type === 'radio' || el.type === 'checkbox') {
        el.checked = value === el.value;
      } else if (value !== undefined) {
        el.value = value;
      }
    });
    blocks().forEach(function (block) {
      var lat = parseFloat(String(block.querySelector('[data-latitude]').value).replace(',', '.'));
      var lon = parseFloat(String(block.querySelector('[data-longitude]').value).replace(',', '.'));
      if (isFinite(lat) && isFinite(lon) && block.tdShow) { block.tdShow(lat, lon); }
    });
  }

  function blocks() {
    return Array.prototype.slice.call(events.querySelectorAll('.td-field-event'));
  }

  // ---- maps ------------------------------------------------------------------------------------
  function fixed(value) { return (Math.round(value * 1e6) / 1e6).toFixed(6); }

  function initMap(block) {
    var container = block.querySelector('[data-field-map]');
    var L = window.L;
    if (!container || !L || !window.tdMap) { return; }
    var lat = block.querySelector('[data-latitude]');
    var lon = block.querySelector('[data-longitude]');
    var select = block.querySelector('[data-gazetteer-select]');
    var name = block.querySelector('[data-place-name]');
    var map = window.tdMap.create(container, form, '260px', '15px');
    window.tdMap.localities(map, form);
    var marker = null;
    block.tdShow = function (a, b) {
      if (marker) { marker.setLatLng([a, b]); } else {
        marker = L.circleMarker([a, b], { radius: 9, weight: 3, color: '#1d70b8', fillOpacity: 0.6, interactive: false }).addTo(map);
      }
    };
    map.on('click', function (event) {
      lat.value = fixed(event.latlng.lat);
      lon.value = fixed(event.latlng.lng);
      if (select) { select.value = ''; }
      if (name) { name.value = ''; }
      block.tdShow(event.latlng.lat, event.latlng.lng);
      say((form.getAttribute('data-text-chosen') || '').replace('{0}', lat.value + ', ' + lon.value));
      save();
    });
    var a = parseFloat(String(lat.value).replace(',', '.'));
    var b = parseFloat(String(lon.value).replace(',', '.'));
    if (isFinite(a) && isFinite(b)) { block.tdShow(a, b); }
  }

  // ---- another event without a round trip ------------------------------------------------------
  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function addBlock() {
    var all = blocks();
    var last = all[all.length - 1];
    var n = all.length;
    var copy = last.cloneNode(true);
    var renumber = function (value) { return value.replace(/\be\d+([-.])/g, 'e' + n + '$1'); };
    copy.setAttribute('data-event-index', String(n));
    Array.prototype.forEach.call(copy.querySelectorAll('*'), function (el) {
      ['id', 'name', 'for', 'aria-describedby'].forEach(function (attr) {
        if (el.hasAttribute(attr)) { el.setAttribute(attr, renumber(el.getAttribute(attr))); }
      });
      if (el.tagName === 'BUTTON' && /^(search|remove)-\d+$/.test(el.value)) {
        el.value = el.value.replace(/\d+$/, String(n));
      }
    });
    Array.prototype.forEach.call(copy.querySelectorAll('.govuk-error-message'), function (el) { el.parentNode.removeChild(el); });
    Array.prototype.forEach.call(copy.querySelectorAll('.govuk-form-group--error'), function (el) { el.classList.remove('govuk-form-group--error'); });
    Array.prototype.forEach.call(copy.querySelectorAll('.govuk-input--error, .govuk-select--error, .govuk-textarea--error'), function (el) {
      el.classList.remove('govuk-input--error', 'govuk-select--error', 'govuk-textarea--error');
    });
    Array.prototype.forEach.call(copy.querySelectorAll('input, select, textarea'), function (el) {
      if (el.type === 'radio' || el.type === 'checkbox') { el.checked = false; }
      else if (el.type === 'date') { el.value = today(); }
      else if (el.tagName === 'SELECT') { el.selectedIndex = 0; }
      else { el.value = ''; }
      if (el.getAttribute('aria-describedby') === '') { el.removeAttribute('aria-describedby'); }
    });
    var legend = copy.querySelector('[data-event-legend]');
    if (legend) { legend.textContent = (form.getAttribute('data-legend') || '').replace('{0}', String(n + 1)); }
    var oldMap = copy.querySelector('[data-field-map]');
    if (oldMap) {
      var fresh = document.createElement('div');
      fresh.className = 'td-field-map';
      fresh.hidden = true;
      fresh.setAttribute('data-field-map', '');
      fresh.setAttribute('role', 'region');
      fresh.setAttribute('aria-label', (form.getAttribute('data-map-label') || '').replace('{0}', String(n + 1)));
      oldMap.parentNode.replaceChild(fresh, oldMap);
    }
    events.appendChild(copy);
    initMap(copy);
    return copy;
  }

  var add = form.querySelector('[data-add-event]');
  if (add) {
    add.addEventListener('click', function (event) {
      event.preventDefault();
      var block = addBlock();
      save();
      say((form.getAttribute('data-text-added') || '').replace('{0}', String(blocks().length)));
      var first = block.querySelector('select, input:not([type=hidden])');
      if (first) { first.focus(); }
    });
  }

  // ---- filing --------------------------------------------------------------------------------
  function submitNatively() {
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = 'action';
    hidden.value = 'file';
    form.appendChild(hidden);
    HTMLFormElement.prototype.submit.call(form);
  }

  function offline() {
    sending = false;
    waiting = true;
    say(form.getAttribute('data-text-offline'));
  }

  function send() {
    if (sending) { return; }
    save();
    if (navigator.onLine === false) { offline(); return; }
    sending = true;
    waiting = false;
    say(form.getAttribute('data-text-sending'));
    var body = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === 'action' || el.type === 'submit' || el.type === 'button') { return; }
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) { return; }
      body.append(el.name, el.value);
    });
    body.append('action', 'file');
    // The form's own address: form.action would be the buttons named "action" (a RadioNodeList).
    window.fetch(form.getAttribute('action'), { method: 'POST', body: body, credentials: 'same-origin', redirect: 'follow' })
      .then(function (response) {
        sending = false;
        if (response.ok && response.redirected && /\/kvitto$/.test(new URL(response.url).pathname)) {
          storageRemove(storageKey);
          window.location.assign(response.url);
        } else if (response.status >= 500 || response.status === 0) {
          offline();
        } else {
          // Something to correct (or a new sign-in): let the server show it the ordinary way.
          submitNatively();
        }
      })
      .catch(function () { offline(); });
  }

  form.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    if (!submitter || submitter.value !== 'file') { save(); return; }
    event.preventDefault();
    send();
  });
  window.addEventListener('online', function () { if (waiting) { send(); } });
  // A connection may come back without an 'online' event (the phone was "online" but the server
  // was out of reach): try again now and then while a report waits.
  window.setInterval(function () { if (waiting && navigator.onLine !== false) { send(); } }, 30000);

  form.addEventListener('input', save);
  form.addEventListener('change', save);

  blocks().forEach(initMap);
  var draft = storageGet(storageKey);
  // Only a draft with something typed is worth restoring (not a form that was merely opened).
  function typed(values) {
    return Object.keys(values).some(function (name) {
      return values[name] && (name === 'reporterKind' ||
        /^e\d+\.(categoryId|gazetteerId|latitude|longitude|startTime|endTime|people|police|whatHappened|actionTaken)$/.test(name));
    });
  }
  if (form.getAttribute('data-fresh') === 'true' && draft && draft.fields && typed(draft.fields)) {
    restore(draft);
    say(form.getAttribute('data-text-restored'));
  }
  save();
}());
