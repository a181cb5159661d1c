/**
 * Trygghetskarta: residents report unsafe and safe places without logging in — a point (or a route)
 * chosen on a map, from the municipality's gazetteer or by position — with category, time of day,
 * description and an optional photo. Every report waits for moderation before anything is public;
 * the resident follows it through a private link. Published reports are inputs of the measure
 * register: the reporter who gave an e-mail address is told of decisions on linked measures and
 * sees "du sa – vi gjorde" on the private status page. Counts of published reports per category and
 * area feed part 2 of the statutory lägesbild (a {@code LagesbildSource} of the lagesbild module).
 *
 * <p>API: {@link se.trygghetsdialog.place.PlaceReports} and {@link
 * se.trygghetsdialog.place.PlaceReportLinks} (queries), the actions {@link
 * se.trygghetsdialog.place.ReportPlace} and {@link se.trygghetsdialog.place.AgreeWithReport}. A new
 * report reaches moderation through the shared {@code ContentSubmitted} event. The map itself
 * (coordinates, map settings, gazetteer, heat grid and the report categories) belongs to the geo
 * module.
 */
@ApplicationModule(displayName = "Place reports")
@NullMarked
package se.trygghetsdialog.place;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
