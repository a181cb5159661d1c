package se.trygghetsdialog.geo;

/** A WGS 84 point. */
public record Coordinates(double latitude, double longitude) {

  private static final double EARTH_RADIUS_METRES = 6_371_000;

  /** Great-circle distance in metres (haversine). */
  public double metresTo(Coordinates other) {
    double lat1 = Math.toRadians(latitude);
    double lat2 = Math.toRadians(other.latitude);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
