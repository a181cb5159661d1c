package se.trygghetsdialog.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/** Finds places by name, so that a place can be reported without a map. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Gazetteer {

  public static final int MAX_RESULTS = 10;

  /** A street or landmark this close to a point names it. */
  public static final double NEAR_METRES = 300;

  /** Otherwise a locality this close names it. */
  public static final double LOCALITY_METRES = 3000;

  private final GazetteerRepository repository;

  public List<GazetteerEntry> search(MunicipalityId municipality, String query) {
    String q = query.strip();
    if (q.isEmpty() || q.length() > 100) {
      return List.of();
    }
    return repository.search(municipality, q, MAX_RESULTS);
  }

  /** The localities, for orientation on a map drawn without a background. */
  public List<GazetteerEntry> localities(MunicipalityId municipality) {
    return repository.byKind(municipality, GazetteerKind.LOCALITY, 50);
  }

  /**
   * The name that best tells where a point is: the nearest street or landmark within {@link
   * #NEAR_METRES}, else the nearest locality within {@link #LOCALITY_METRES}, else none. Give it a
   * published (snapped) position, so that the name says no more than the position does.
   */
  public Optional<GazetteerEntry> nearest(MunicipalityId municipality, Coordinates point) {
    return nearest(
            municipality, point, List.of(GazetteerKind.STREET, GazetteerKind.LANDMARK), NEAR_METRES)
        .or(() -> nearest(municipality, point, List.of(GazetteerKind.LOCALITY), LOCALITY_METRES));
  }

  private Optional<GazetteerEntry> nearest(
      MunicipalityId municipality, Coordinates point, List<GazetteerKind> kinds, double metres) {
    double dLat = metres / HeatGrid.METRES_PER_DEGREE_LAT;
    double dLon =
        metres
            / (HeatGrid.METRES_PER_DEGREE_LAT
                * Math.max(0.01, Math.cos(Math.toRadians(point.latitude()))));
    return repository
        .within(
            municipality,
            kinds,
            point.latitude() - dLat,
            point.longitude() - dLon,
            point.latitude() + dLat,
            point.longitude() + dLon)
        .stream()
        .filter(e -> e.location().metresTo(point) <= metres)
        .min(
            Comparator.comparingDouble((GazetteerEntry e) -> e.location().metresTo(point))
                .thenComparing(GazetteerEntry::name));
  }

  public Optional<GazetteerEntry> find(MunicipalityId municipality, UUID id) {
    return repository.find(municipality, id);
  }

  public int size(MunicipalityId municipality) {
    return repository.count(municipality);
  }
}
