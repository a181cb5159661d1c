// Drawing an area's boundary on the area form (/personal/admin/omraden): each tap on the map adds a
// corner, the polygon is drawn, and the boundary field gets it as a GeoJSON Polygon (longitude
// first, the ring closed). The field is the truth: without this file it is filled in by hand, and
// a boundary already in it (a saved or imported one) is shown on the map. Load after Leaflet and
// td-map.js.
(function () {
  'use strict';

  var container = document.getElementById('area-map');
  var field = document.getElementById('geometry');
  if (!container || !field || !window.L || !window.tdMap) { return; }
  var L = window.L;
  var status = document.getElementById('area-map-status');
  var tools = document.getElementById('area-map-tools');
  var map = window.tdMap.create(container, container, '400px', '10px');
  var corners = [];
  var shape = null;

  function fixed(value) { return Math.round(value * 1e6) / 1e6; }

  function say() {
    if (status) {
      status.textContent = (container.getAttribute('data-points') || '{0}').replace('{0}', String(corners.length));
    }
  }

  function draw(latlngs) {
    if (shape) { map.removeLayer(shape); shape = null; }
    if (latlngs.length > 0) {
      shape = L.polygon(latlngs, { color: '#1d70b8', weight: 3, fillOpacity: 0.2, interactive: false }).addTo(map);
    }
  }

  // The corners drawn so far into the field; fewer than three make no polygon (the field empties).
  function write() {
    draw(corners);
    if (corners.length < 3) {
      field.value = '';
    } else {
      var ring = corners.map(function (c) { return [fixed(c[1]), fixed(c[0])]; });
      ring.push(ring[0]);
      field.value = JSON.stringify({ type: 'Polygon', coordinates: [ring] });
    }
    say();
  }

  // A boundary typed or saved: shown; a single polygon's outer ring can then be edited by tapping.
  function read() {
    var geometry;
    try { geometry = JSON.parse(field.value); } catch (e) { return; }
    if (!geometry || !geometry.coordinates) { return; }
    var polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    var latlngs = polygons.map(function (rings) {
      return (rings[0] || []).map(function (p) { return [p[1], p[0]]; });
    });
    draw(latlngs);
    if (shape && shape.getBounds().isValid()) { map.fitBounds(shape.getBounds()); }
    corners = polygons.length === 1 ? latlngs[0].slice(0, -1) : [];
  }

  if (tools) { tools.hidden = false; }
  read();
  say();
  map.on('click', function (event) {
    corners.push([event.latlng.lat, event.latlng.lng]);
    write();
  });
  field.addEventListener('change', read);
  document.getElementById('area-map-undo').addEventListener('click', function () {
    corners.pop();
    write();
  });
  document.getElementById('area-map-clear').addEventListener('click', function () {
    corners = [];
    write();
  });
}());
