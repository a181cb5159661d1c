package se.trygghetsdialog.place;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.geo.Coordinates;

/**
 * An organisation's area: it gets the approved reports inside it. Either a circle (centre and
 * radius) or one of the municipality's areas ({@code areaId}: the reports whose area it is, by its
 * boundary or, for an area without one, its nearest centre).
 */
public record AreaRoute(
    UUID id,
    UUID organisationId,
    String name,
    @Nullable Coordinates centre,
    int radiusMetres,
    @Nullable UUID areaId) {

  public static final int MIN_RADIUS_METRES = 50;
  public static final int MAX_RADIUS_METRES = 5000;
  public static final int MAX_NAME_LENGTH = 100;

  /** A circle. */
  public AreaRoute(
      UUID id, UUID organisationId, String name, Coordinates centre, int radiusMetres) {
    this(id, organisationId, name, centre, radiusMetres, null);
  }

  /**
   * Whether a report at the point, lying in the given municipal area (or none), is inside: the
   * circle (great-circle distance, edge included) or the area.
   */
  public boolean covers(Coordinates point, @Nullable UUID areaOfPoint) {
    return areaId != null ? areaId.equals(areaOfPoint) : contains(point);
  }

  /** Whether the point is inside the circle (great-circle distance, edge included). */
  public boolean contains(Coordinates point) {
    return centre != null && centre.metresTo(point) <= radiusMetres;
  }

  public static boolean validRadius(int radiusMetres) {
    return radiusMetres >= MIN_RADIUS_METRES && radiusMetres <= MAX_RADIUS_METRES;
  }
}
