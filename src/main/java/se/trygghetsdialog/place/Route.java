package se.trygghetsdialog.place;

import java.util.List;
import se.trygghetsdialog.geo.Coordinates;

/**
 * A stretch of way a report concerns (a path, a street), as at least two points; empty when the
 * report is about one place.
 */
public record Route(List<Coordinates> points) {

  public static final Route NONE = new Route(List.of());

  public Route {
    points = List.copyOf(points);
  }
}
