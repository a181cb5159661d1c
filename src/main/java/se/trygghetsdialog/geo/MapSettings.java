package se.trygghetsdialog.geo;

/**
 * A municipality's map: the bounding box reports must fall within, and the optional tile layer
 * (none means the map is drawn without a background; the lists and search still work).
 */
public record MapSettings(
    double minLatitude,
    double maxLatitude,
    double minLongitude,
    double maxLongitude,
    String tileUrl,
    String tileAttribution) {

  public boolean contains(Coordinates point) {
    return point.latitude() >= minLatitude
        && point.latitude() <= maxLatitude
        && point.longitude() >= minLongitude
        && point.longitude() <= maxLongitude;
  }

  public double centreLatitude() {
    return (minLatitude + maxLatitude) / 2;
  }

  public double centreLongitude() {
    return (minLongitude + maxLongitude) / 2;
  }
}
