/**
 * The municipality's map: the points, bounding box and tile layer every map-based module works
 * with, the gazetteer (place names, to find a place without a map), the metric heat grid that snaps
 * public positions and suppresses small cells, and the place categories shared by place reports,
 * field reports and safety walks. Administrators maintain the categories, the map settings and the
 * gazetteer in {@code geo.web} (under /personal/admin/kategorier, /karta and /ortnamn; the
 * templates stay in the place folder, the texts in the place bundle).
 *
 * <p>API: the values {@link se.trygghetsdialog.geo.Coordinates}, {@link
 * se.trygghetsdialog.geo.MapSettings}, {@link se.trygghetsdialog.geo.HeatGrid}, {@link
 * se.trygghetsdialog.geo.GazetteerEntry}, {@link se.trygghetsdialog.geo.PlaceCategory}; the queries
 * {@link se.trygghetsdialog.geo.PlaceSettings}, {@link se.trygghetsdialog.geo.Gazetteer} and {@link
 * se.trygghetsdialog.geo.PlaceCategories}; the actions {@link
 * se.trygghetsdialog.geo.ChangeMapSettings}, {@link se.trygghetsdialog.geo.EditCategories} and
 * {@link se.trygghetsdialog.geo.ImportGazetteer}; {@link se.trygghetsdialog.geo.GeoPolicy} and
 * {@link se.trygghetsdialog.geo.GeoRuleViolation}. Used by place, field and walk. Depends only on
 * shared, tenancy and identity; publishes and listens to no events.
 *
 * <p>Owns the tables {@code place_settings}, {@code gazetteer_entry} and {@code place_category}
 * (created by the migrations in the place folder, which stay there; tables of place, field and walk
 * refer to categories by id).
 */
@ApplicationModule(displayName = "Map, gazetteer and categories")
@NullMarked
package se.trygghetsdialog.geo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
