// Trygghetskartan, progressive enhancement: draws the heat grid's cells (from the GeoJSON export
// of the current filter) as rectangles. Without this file the table under the map is the
// equivalent. Settings come from data-* attributes; nothing inline (CSP).
(function () {
  'use strict';

  var container = document.getElementById('public-map');
  if (!container || !window.L || !window.tdMap || !window.fetch) { return; }
  var L = window.L;
  var countLabel = container.getAttribute('data-count-label') || '';
  var map = window.tdMap.create(container, container, '420px', '20px');
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
