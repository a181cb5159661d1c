package se.trygghetsdialog.place.web;

import java.math.BigDecimal;
import java.util.List;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.shared.web.SafeJson;

/** The GeoJSON of the heat grid export, as records that Jackson writes. */
final class GeoJson {

  private GeoJson() {}

  record FeatureCollection(String type, List<Feature> features) {
    FeatureCollection(List<Feature> features) {
      this("FeatureCollection", features);
    }
  }

  record Feature(String type, Polygon geometry, SquareProperties properties) {}

  record Polygon(String type, List<List<List<BigDecimal>>> coordinates) {}

  record SquareProperties(int count, String category, String area) {}

  /** One grid square as a closed polygon, corners with six decimals, counter-clockwise. */
  static Feature square(HeatGrid.CellCount cell, int count, String category, String area) {
    BigDecimal w = SafeJson.coordinate(cell.west());
    BigDecimal s = SafeJson.coordinate(cell.south());
    BigDecimal e = SafeJson.coordinate(cell.east());
    BigDecimal n = SafeJson.coordinate(cell.north());
    List<List<BigDecimal>> ring =
        List.of(List.of(w, s), List.of(e, s), List.of(e, n), List.of(w, n), List.of(w, s));
    return new Feature(
        "Feature",
        new Polygon("Polygon", List.of(ring)),
        new SquareProperties(count, category, area));
  }
}
