// The base Leaflet map shared by the map scripts (place-map.js, place-public-map.js,
// field-report.js, walk-map.js): zoom buttons with translated titles, the background tiles when
// configured, the municipality's bounds as a grey frame, and the localities' names. Settings come
// from data-* attributes (nothing inline: CSP). Load it after Leaflet and before those scripts.
(function () {
  'use strict';

  function attr(element, name) { return element.getAttribute('data-' + name); }

  window.tdMap = {
    // Shows `container` with the given height and margin and returns the map in it; `settings` is
    // the element with the data-zoom-*, data-tile-*, data-min-* and data-max-* attributes.
    create: function (container, settings, height, marginBottom) {
      var L = window.L;
      container.hidden = false;
      container.style.height = height;
      container.style.marginBottom = marginBottom;
      var map = L.map(container, { zoomControl: false, attributionControl: false });
      L.control.zoom({
        zoomInTitle: attr(settings, 'zoom-in'),
        zoomOutTitle: attr(settings, 'zoom-out')
      }).addTo(map);
      var tiles = attr(settings, 'tile-url');
      if (tiles) {
        L.control.attribution({ prefix: false }).addTo(map);
        L.tileLayer(tiles, { attribution: attr(settings, 'tile-attribution') || '' }).addTo(map);
      }
      var bounds = L.latLngBounds(
        [parseFloat(attr(settings, 'min-lat')), parseFloat(attr(settings, 'min-lon'))],
        [parseFloat(attr(settings, 'max-lat')), parseFloat(attr(settings, 'max-lon'))]);
      L.rectangle(bounds, { color: '#505a5f', weight: 1, fill: false, interactive: false }).addTo(map);
      map.fitBounds(bounds);
      return map;
    },

    // Without a background map, the localities' names (data-localities, [{n, a, o}]) give
    // orientation.
    localities: function (map, settings) {
      var L = window.L;
      var localities = [];
      try { localities = JSON.parse(attr(settings, 'localities') || '[]'); } catch (e) { localities = []; }
      localities.forEach(function (place) {
        L.circleMarker([place.a, place.o], { radius: 3, weight: 1, color: '#505a5f', fillOpacity: 1, interactive: false })
          .bindTooltip(place.n, { permanent: true, direction: 'right', className: 'td-map-label', interactive: false })
          .addTo(map);
      });
    }
  };
}());
