package se.trygghetsdialog.shared.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Data for the map scripts, written as JSON into a page. */
public final class MapJson {

  private MapJson() {}

  /**
   * Named points, e.g. localities: {@code [{"n":"Lysekil","a":58.274100,"o":11.435800}]} ({@code a}
   * latitude, {@code o} longitude). Names are stripped of control characters; Jackson writes the
   * JSON.
   */
  public static <T> String namedPoints(
      List<T> items,
      Function<T, String> name,
      ToDoubleFunction<T> latitude,
      ToDoubleFunction<T> longitude) {
    List<Point> points = new ArrayList<>();
    for (T item : items) {
      points.add(
          new Point(
              name.apply(item).replaceAll("\\p{Cntrl}", ""),
              SafeJson.coordinate(latitude.applyAsDouble(item)),
              SafeJson.coordinate(longitude.applyAsDouble(item))));
    }
    return SafeJson.write(points);
  }

  private record Point(String n, BigDecimal a, BigDecimal o) {}
}
