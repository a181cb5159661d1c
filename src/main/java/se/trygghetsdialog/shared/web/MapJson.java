package se.trygghetsdialog.shared.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Data for the map scripts, written as JSON into a page. */
public final class MapJson {

  private MapJson() {}

  /**
   * Named points, e.g. localities: {@code [{"n":"Lysekil","a":58.274100,"o":11.435800}]} ({@code a}
   * latitude, {@code o} longitude). Names are escaped and stripped of control characters.
   */
  public static <T> String namedPoints(
      List<T> items,
      Function<T, String> name,
      ToDoubleFunction<T> latitude,
      ToDoubleFunction<T> longitude) {
    StringBuilder json = new StringBuilder("[");
    for (T item : items) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append("{\"n\":\"")
          .append(
              name.apply(item)
                  .replace("\\", "\\\\")
                  .replace("\"", "\\\"")
                  .replaceAll("\\p{Cntrl}", ""))
          .append("\",\"a\":")
          .append(FormText.coordinate(latitude.applyAsDouble(item)))
          .append(",\"o\":")
          .append(FormText.coordinate(longitude.applyAsDouble(item)))
          .append('}');
    }
    return json.append(']').toString();
  }
}
