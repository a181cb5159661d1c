// Progressive enhancement of the report form: a Leaflet map to click on, "my position", and
// gazetteer choices that fill the coordinates in place. Without this file the coordinate fields,
// the route field and the gazetteer search (a plain GET form) do the same job.
(function () {
  'use strict';

  var lat = document.getElementById('latitude');
  var lon = document.getElementById('longitude');
  var route = document.getElementById('route');
  var status = document.getElementById('place-map-status');
  var container = document.getElementById('place-map');
  if (!lat || !lon) { return; }

  var marker = null;
  var map = null;
  var line = null;

  function fixed(value) { return (Math.round(value * 1e6) / 1e6).toFixed(6); }

  function announce(text) { if (status) { status.textContent = text; } }

  function show(latitude, longitude, name) {
    if (!map) { return; }
    var point = [latitude, longitude];
    if (marker) {
      marker.setLatLng(point);
    } else {
      marker = window.L.circleMarker(point, { radius: 9, weight: 3, color: '#1d70b8', fillOpacity: 0.6, interactive: false }).addTo(map);
    }
    map.panTo(point);
  }

  function choose(latitude, longitude, name) {
    lat.value = fixed(latitude);
    lon.value = fixed(longitude);
    show(latitude, longitude);
    if (container) {
      var label = container.getAttribute('data-chosen') || '';
      announce(label.replace('{0}', name || (lat.value + ', ' + lon.value)));
    }
  }

  if (container && window.L && window.tdMap) {
    var L = window.L;
    map = window.tdMap.create(container, container, '320px', '20px');
    window.tdMap.localities(map, container);
    map.on('click', function (event) {
      if (route && route.closest('details') && route.closest('details').open) {
        var points = route.value ? route.value.split(';') : [];
        points.push(fixed(event.latlng.lat) + ',' + fixed(event.latlng.lng));
        route.value = points.join(';');
        var latlngs = points.map(function (p) { var parts = p.split(','); return [parseFloat(parts[0]), parseFloat(parts[1])]; });
        if (line) { line.setLatLngs(latlngs); } else { line = L.polyline(latlngs, { color: '#d4351c', interactive: false }).addTo(map); }
        if (!lat.value) { choose(event.latlng.lat, event.latlng.lng); }
        return;
      }
      choose(event.latlng.lat, event.latlng.lng);
    });
    var initialLat = parseFloat(String(lat.value).replace(',', '.'));
    var initialLon = parseFloat(String(lon.value).replace(',', '.'));
    if (isFinite(initialLat) && isFinite(initialLon)) { show(initialLat, initialLon); }
    function typed() {
      var a = parseFloat(String(lat.value).replace(',', '.'));
      var b = parseFloat(String(lon.value).replace(',', '.'));
      if (isFinite(a) && isFinite(b)) { show(a, b); }
    }
    lat.addEventListener('change', typed);
    lon.addEventListener('change', typed);
  }

  // Gazetteer choices (also those htmx swaps in later) fill the coordinates without leaving.
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('[data-gazetteer-choice]') : null;
    if (!link) { return; }
    event.preventDefault();
    choose(parseFloat(link.getAttribute('data-lat')), parseFloat(link.getAttribute('data-lon')), link.getAttribute('data-name'));
    var name = document.querySelector('input[name=placeName]');
    if (name) { name.value = link.getAttribute('data-name'); }
    lat.focus();
  });

  var geolocate = document.querySelector('[data-geolocate]');
  var wrapper = document.querySelector('[data-geolocate-wrapper]');
  if (geolocate && wrapper && navigator.geolocation) {
    wrapper.hidden = false;
    geolocate.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        choose(position.coords.latitude, position.coords.longitude);
      }, function () {
        announce(geolocate.getAttribute('data-error'));
      }, { enableHighAccuracy: true, timeout: 15000 });
    });
  }
}());
