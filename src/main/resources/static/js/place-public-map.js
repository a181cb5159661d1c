// Trygghetskartan, progressive enhancement: draws the heat grid's cells (from the GeoJSON export
// of the current filter) as rectangles. Without this file the table under the map is the
// equivalent. Settings come from data-* attributes; nothing inline (CSP).
(function () {
  'use strict';

  var container = document.getElementById('public-map');
  if (!container || !window.L || !window.fetch) { return; }
  var L = window.L;
  var countLabel = container.getAttribute('data-count-label') || '';
  var minLat = parseFloat(container.getAttribute('data-min-lat'));
  var maxLat = parseFloat(container.getAttribute('data-max-lat'));
  var minLon = parseFloat(container.getAttribute('data-min-lon'));
  var maxLon = parseFloat(container.getAttribute('data-max-lon'));
  container.hidden = false;
  container.style.height = '420px';
  container.style.marginBottom = '20px';
  var map = L.map(container, { zoomControl: false, attributionControl: false });
  L.control.zoom({
    zoomInTitle: container.getAttribute('data-zoom-in'),
    zoomOutTitle: container.getAttribute('data-zoom-out')
  }).addTo(map);
  var tiles = container.getAttribute('data-tile-url');
  if (tiles) {
    L.control.attribution({ prefix: false }).addTo(map);
    L.tileLayer(tiles, { attribution: container.getAttribute('data-tile-attribution') || '' }).addTo(map);
  }
  var bounds = L.latLngBounds([minLat, minLon], [maxLat, maxLon]);
  L.rectangle(bounds, { color: '#505a5f', weight: 1, fill: false, interactive: false }).addTo(map);
  map.fitBounds(bounds);
  var layer = L.layerGroup().addTo(map);

  function draw(collection) {
    layer.clearLayers();
    var features = (collection && collection.features) || [];
    var max = 1;
    features.forEach(function (f) { max = Math.max(max, f.properties.count); });
    features.forEach(function (f) {
      var ring = f.geometry.coordinates[0];
      var cell = L.latLngBounds([ring[0][1], ring[0][0]], [ring[2][1], ring[2][0]]);
      var share = f.properties.count / max;
      L.rectangle(cell, { color: '#942514', weight: 1, fillColor: '#d4351c', fillOpacity: 0.2 + 0.6 * share })
        .bindTooltip(f.properties.area + ': ' + f.properties.count + ' ' + countLabel)
        .addTo(layer);
    });
  }

  function load() {
    var results = document.getElementById('public-results');
    var url = results ? results.getAttribute('data-geojson') : null;
    if (!url) { return; }
    window.fetch(url, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(draw)
      .catch(function () { layer.clearLayers(); });
  }

  load();
  // htmx swaps the results in place after filtering; the map follows.
  document.body.addEventListener('htmx:afterSwap', load);
}());
