package se.trygghetsdialog.place;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Extension point of the public heat grid on the trygghetskarta: a module that holds places where
 * residents said they feel unsafe outside the place reports (the answers to a safety survey's map
 * question) implements it as a Spring bean, and the heat grid counts those places together with the
 * approved place reports under the same rules: per cell, a cell shown only with at least {@link
 * HeatGrid#MIN_REPORTS} places in all, only the cell published, never a point.
 *
 * <p>Implementations return only places that may be public now (for a survey: only after its round
 * has closed) and must be cheap enough for a public page. Their places have no category and no time
 * of day, so they are counted only in views without those filters. A change of what they return
 * must publish an event naming the municipality, so that the kept public pages are evicted (see
 * {@code PublicPageCache}); a change that comes only with the date (a round closing at midnight) is
 * seen when the kept pages expire.
 */
public interface HeatGridSource {

  /**
   * The source's places per cell of {@code grid}, those dated in the period {@code from} to {@code
   * to} (both inclusive; null for an open end).
   */
  Map<HeatGrid.Cell, Integer> places(
      MunicipalityId municipality, HeatGrid grid, @Nullable LocalDate from, @Nullable LocalDate to);
}
