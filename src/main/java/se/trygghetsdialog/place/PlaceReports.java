package se.trygghetsdialog.place;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.SecretTokens;

/** Queries about place reports. Public callers must use {@link #published}; nothing else is. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlaceReports {

  private final PlaceReportRepository reports;

  public Optional<PlaceReport> find(MunicipalityId municipality, PlaceReportId id) {
    return reports.find(municipality, id);
  }

  /** The report a private link points to. */
  public Optional<PlaceReport> byPrivateToken(MunicipalityId municipality, String token) {
    if (token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return reports.byPrivateTokenHash(municipality, SecretTokens.hash(token));
  }

  public Optional<PlaceReport> byReceiptToken(MunicipalityId municipality, UUID token) {
    return reports.byReceiptToken(municipality, token);
  }

  /** Published reports only, newest first. */
  public List<PlaceReport> published(MunicipalityId municipality, int limit) {
    return reports.published(municipality, limit);
  }

  public int count(MunicipalityId municipality) {
    return reports.count(municipality);
  }

  /** The stored (re-encoded) photo of a report; for moderators only, see {@link PlacePolicy}. */
  public Optional<Photo> photo(MunicipalityId municipality, PlaceReportId id) {
    return reports.photo(municipality, id);
  }

  /**
   * A pending or published report of the same category within {@link PlacePolicy#DUPLICATE_METRES}
   * reported within {@link PlacePolicy#DUPLICATE_WINDOW}, the nearest first.
   */
  public Optional<PlaceReport> duplicateOf(
      MunicipalityId municipality, UUID categoryId, Coordinates point, OffsetDateTime now) {
    // A box a little larger than the radius narrows the search; the exact distance decides.
    double dLat = PlacePolicy.DUPLICATE_METRES / 111_000.0 * 1.5;
    double dLon = dLat / Math.max(0.1, Math.cos(Math.toRadians(point.latitude())));
    return reports
        .candidates(
            municipality,
            categoryId,
            now.minus(PlacePolicy.DUPLICATE_WINDOW),
            point.latitude() - dLat,
            point.latitude() + dLat,
            point.longitude() - dLon,
            point.longitude() + dLon)
        .stream()
        .filter(r -> PlacePolicy.isDuplicate(r, categoryId, point, now))
        .min(java.util.Comparator.comparingDouble(r -> r.location().metresTo(point)));
  }

  /**
   * Counts of the reports of a period that were not rejected (pending, published or internal),
   * grouped by category, the time of day the resident gave, the local weekday, whether they came in
   * the weekend, and a heat-grid cell. For staff overviews such as the EST week: counts only, never
   * a text, a point or a person; callers suppress small cells.
   */
  public record Tally(
      UUID categoryId,
      TimeOfDay timeOfDay,
      int isoWeekday,
      boolean weekend,
      HeatGrid.Cell cell,
      int count) {}

  public List<Tally> tally(
      MunicipalityId municipality,
      OffsetDateTime from,
      OffsetDateTime until,
      OffsetDateTime weekendFrom,
      HeatGrid grid) {
    return reports.tally(municipality, from, until, weekendFrom, grid);
  }
}
