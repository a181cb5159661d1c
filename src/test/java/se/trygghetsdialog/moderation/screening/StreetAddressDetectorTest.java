package se.trygghetsdialog.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsdialog.moderation.screening.DetectorAssertions.spans;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreetAddressDetectorTest {

  private final StreetAddressDetector detector = new StreetAddressDetector();

  @Nested
  class WithAHouseNumber {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Storgatan 12",
          "Kungsgatan 3B",
          "Kungsgatan 18 B",
          "Södra vägen 4",
          "Norra Strandgatan 5",
          "Gamla Kungsvägen 22",
          "Bergsgränd 6",
          "Lärkstigen 4",
          "Tallbacken 9",
          "Gullmarstorget 1",
          "Björkallén 7",
          "Sjöliden 14",
          "Kvarnbergsleden 2",
          "Rosviksvägen nr 7",
          "Strandvägen 5-7"
        })
    void findsTheStreetAndNumber(String address) {
      assertThat(spans(detector, "Det är mörkt vid " + address + " på kvällen."))
          .containsExactly(address);
    }
  }

  @Nested
  class WithoutAHouseNumber {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Storgatan är mörk.",
          "Kungsgatan behöver fler papperskorgar.",
          "Det är otryggt längs Södra vägen efter tio.",
          "Jag går förbi torget 3 gånger om dagen.",
          "Vid torget 3 personer stod och väntade.",
          "Riksväg 162 går genom Brastad.",
          "Trafikverket ansvarar för väg 161.",
          "På Kungsgatan stod 30 personer.",
          "Vi möts på Storgatan 22.30 i kväll.",
          "Sträckan på Södra vägen är 800 meter."
        })
    void isNotAnAddress(String text) {
      assertThat(spans(detector, text)).isEmpty();
    }
  }
}
