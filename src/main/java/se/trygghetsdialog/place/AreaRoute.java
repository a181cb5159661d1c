package se.trygghetsdialog.place;

import java.util.UUID;
import se.trygghetsdialog.geo.Coordinates;

/** An organisation's area: it gets the approved reports inside the circle. */
public record AreaRoute(
    UUID id, UUID organisationId, String name, Coordinates centre, int radiusMetres) {

  public static final int MIN_RADIUS_METRES = 50;
  public static final int MAX_RADIUS_METRES = 5000;
  public static final int MAX_NAME_LENGTH = 100;

  /** Whether the point is inside the circle (great-circle distance, edge included). */
  public boolean contains(Coordinates point) {
    return centre.metresTo(point) <= radiusMetres;
  }

  public static boolean validRadius(int radiusMetres) {
    return radiusMetres >= MIN_RADIUS_METRES && radiusMetres <= MAX_RADIUS_METRES;
  }
}
