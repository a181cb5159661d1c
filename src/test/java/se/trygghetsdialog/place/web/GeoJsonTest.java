package se.trygghetsdialog.place.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.shared.web.SafeJson;

class GeoJsonTest {

  @Test
  void writesTheHeatGridAsAFeatureCollectionOfClosedSquares() {
    GeoJson.Feature square =
        new GeoJson.Feature(
            "Feature",
            new GeoJson.Polygon(
                "Polygon",
                List.of(
                    List.of(
                        List.of(SafeJson.coordinate(11.4), SafeJson.coordinate(58.27)),
                        List.of(SafeJson.coordinate(11.5), SafeJson.coordinate(58.27))))),
            new GeoJson.SquareProperties(3, "Belysning <b>", "Centrum \"Torget\""));

    assertThat(SafeJson.write(new GeoJson.FeatureCollection(List.of(square))))
        .isEqualTo(
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[11.400000,58.270000],"
                + "[11.500000,58.270000]]]},\"properties\":{\"count\":3,"
                + "\"category\":\"Belysning \\u003Cb\\u003E\",\"area\":\"Centrum \\\"Torget\\\"\"}}]}");
  }
}
