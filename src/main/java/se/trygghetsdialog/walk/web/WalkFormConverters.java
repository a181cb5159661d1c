package se.trygghetsdialog.walk.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.walk.RouteStop;
import se.trygghetsdialog.walk.WalkRoute;
import se.trygghetsdialog.walk.WalkRuleViolation;

/**
 * How the walk forms' own field types are bound. A value they refuse is a binding error on its
 * field with the message of the {@link WalkRuleViolation} they throw.
 */
final class WalkFormConverters {

  private WalkFormConverters() {}

  /**
   * A route typed a stop a line: a name, or {@code name; latitude, longitude} (a decimal comma
   * allowed). A blank field is no route. Names without a position are looked up when the walk is
   * planned.
   */
  @Component
  static class RouteConverter implements Converter<String, WalkRoute> {
    @Override
    public WalkRoute convert(String source) {
      List<RouteStop> stops = new ArrayList<>();
      for (String raw : FormText.clean(source).split("\n")) {
        String line = raw.strip();
        if (line.isEmpty()) {
          continue;
        }
        int semicolon = line.indexOf(';');
        if (line.length() > 200) {
          throw invalid();
        } else if (semicolon < 0) {
          stops.add(new RouteStop(line, null));
        } else {
          String name = line.substring(0, semicolon).strip();
          String[] parts = line.substring(semicolon + 1).split("[,;]");
          Double lat = parts.length == 2 ? FormText.decimal(parts[0]) : null;
          Double lon = parts.length == 2 ? FormText.decimal(parts[1]) : null;
          if (name.isEmpty() || lat == null || lon == null) {
            throw invalid();
          }
          stops.add(new RouteStop(name, new Coordinates(lat, lon)));
        }
      }
      return stops.isEmpty() ? null : new WalkRoute(stops);
    }

    private static WalkRuleViolation invalid() {
      return new WalkRuleViolation("stops", "walk.error.stops.format");
    }
  }
}
