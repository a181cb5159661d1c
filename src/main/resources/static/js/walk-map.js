// A Leaflet map on the walk pages. Protocol page (data-mode="point"): a tap sets the point's
// coordinates. Plan page (data-mode="route"): each tap adds a stop with its coordinates to the
// stops list and the route is drawn as a line. Without this file the coordinate fields, the
// gazetteer search and the stops list do the same job.
(function () {
  'use strict';

  var container = document.getElementById('walk-map');
  if (!container || !window.L || !window.tdMap) { return; }
  var L = window.L;
  var mode = container.getAttribute('data-mode');
  var status = document.getElementById('walk-map-status');

  function fixed(value) { return (Math.round(value * 1e6) / 1e6).toFixed(6); }
  function say(text) { if (status) { status.textContent = text; } }

  var map = window.tdMap.create(container, container, '300px', '20px');

  if (mode === 'point') {
    var lat = document.getElementById('latitude');
    var lon = document.getElementById('longitude');
    var marker = null;
    var form;
    var show = function (a, b) {
      if (marker) { marker.setLatLng([a, b]); } else {
        marker = L.circleMarker([a, b], { radius: 9, weight: 3, color: '#1d70b8', fillOpacity: 0.6, interactive: false }).addTo(map);
      }
    };
    var a0 = parseFloat(String(lat.value).replace(',', '.'));
    var b0 = parseFloat(String(lon.value).replace(',', '.'));
    var centre = (container.getAttribute('data-centre') || '').split(',');
    if (isFinite(a0) && isFinite(b0)) {
      show(a0, b0);
      map.setView([a0, b0], 16);
    } else if (centre.length === 2 && isFinite(parseFloat(centre[0])) && isFinite(parseFloat(centre[1]))) {
      map.setView([parseFloat(centre[0]), parseFloat(centre[1])], 15);
    }
    // A point queued offline clears the fields; the marker and message go with them.
    form = document.getElementById('walk-point-form');
    if (form) {
      form.addEventListener('submit', function () {
        window.setTimeout(function () {
          if (!lat.value && marker) { map.removeLayer(marker); marker = null; say(''); }
        }, 0);
      });
    }
    map.on('click', function (event) {
      lat.value = fixed(event.latlng.lat);
      lon.value = fixed(event.latlng.lng);
      var name = document.getElementById('placeName');
      if (name) { name.value = ''; }
      show(event.latlng.lat, event.latlng.lng);
      say((container.getAttribute('data-chosen') || '').replace('{0}', lat.value + ', ' + lon.value));
    });
    return;
  }

  // Route mode: the stops list is the truth; the line shows the stops that have coordinates.
  var stops = document.getElementById('stops');
  if (!stops) { return; }
  var line = null;
  function draw() {
    var points = [];
    stops.value.split('\n').forEach(function (row) {
      var parts = row.split(';');
      if (parts.length < 2) { return; }
      var numbers = parts[1].split(',');
      var a = parseFloat(numbers[0]);
      var b = parseFloat(numbers[1]);
      if (isFinite(a) && isFinite(b)) { points.push([a, b]); }
    });
    if (line) { line.setLatLngs(points); } else if (points.length > 0) {
      line = L.polyline(points, { color: '#d4351c', weight: 4, interactive: false }).addTo(map);
    }
  }
  map.on('click', function (event) {
    var rows = stops.value.split('\n').filter(function (row) { return row.trim() !== ''; });
    var name = (container.getAttribute('data-stop-name') || '{0}').replace('{0}', String(rows.length + 1));
    rows.push(name + '; ' + fixed(event.latlng.lat) + ', ' + fixed(event.latlng.lng));
    stops.value = rows.join('\n');
    draw();
    say((container.getAttribute('data-added') || '').replace('{0}', name));
  });
  stops.addEventListener('change', draw);
  draw();
}());
