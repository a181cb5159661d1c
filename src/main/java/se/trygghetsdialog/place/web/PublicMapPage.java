package se.trygghetsdialog.place.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.shared.web.Option;

/** Everything the public trygghetskarta shows. */
public record PublicMapPage(
    Query query,
    List<Option> categories,
    List<Option> timesOfDay,
    MapSettings bounds,
    List<CellRow> cells,
    List<ItemRow> items,
    int total,
    int page,
    int pages,
    String queryString) {

  /** The filter as given in the address; anything unreadable is ignored. */
  public record Query(String category, String time, String from, String to) {

    public String queryString() {
      StringBuilder q = new StringBuilder();
      add(q, "kategori", category);
      add(q, "tid", time);
      add(q, "fran", from);
      add(q, "till", to);
      return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
      if (!value.isEmpty()) {
        q.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        q.append('&');
      }
    }
  }

  /** A heat-grid cell as shown: an area label, the centre rounded, the count and the category. */
  public record CellRow(
      String area,
      String latitude,
      String longitude,
      int count,
      String category,
      HeatGrid.CellCount cell) {}

  /**
   * A published report as listed: the approved text, the nearest named place (empty when none is
   * near) and the snapped position.
   */
  public record ItemRow(
      String category, String timeOfDay, String text, String place, String position, String date) {}
}
