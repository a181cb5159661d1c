package se.trygghetsdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormTextTest {

  @Test
  void readsDecimalsWithCommaOrPointAndRefusesTheRest() {
    assertThat(FormText.decimal(" 58,2741 ")).isEqualTo(58.2741);
    assertThat(FormText.decimal("11.4358")).isEqualTo(11.4358);
    assertThat(FormText.decimal(null)).isNull();
    assertThat(FormText.decimal("")).isNull();
    assertThat(FormText.decimal("abc")).isNull();
    assertThat(FormText.decimal("NaN")).isNull();
    assertThat(FormText.decimal("Infinity")).isNull();
    assertThat(FormText.decimal("1".repeat(21))).isNull();
  }

  @Test
  void writesCoordinatesWithSixDecimalsAndAPoint() {
    assertThat(FormText.coordinate(58.27)).isEqualTo("58.270000");
  }

  @Test
  void writesNamedPointsAsEscapedJson() {
    record Place(String name, double lat, double lon) {}
    assertThat(
            MapJson.namedPoints(
                List.of(
                    new Place("Lyse\"kil\\\n", 58.27, 11.43), new Place("Brastad", 58.38, 11.48)),
                Place::name,
                Place::lat,
                Place::lon))
        .isEqualTo(
            "[{\"n\":\"Lyse\\\"kil\\\\\",\"a\":58.270000,\"o\":11.430000},"
                + "{\"n\":\"Brastad\",\"a\":58.380000,\"o\":11.480000}]");
    assertThat(MapJson.namedPoints(List.<Place>of(), Place::name, Place::lat, Place::lon))
        .isEqualTo("[]");
  }
}
