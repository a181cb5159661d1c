package se.trygghetsdialog.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsdialog.moderation.screening.DetectorAssertions.spans;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VehicleRegistrationDetectorTest {

  private final VehicleRegistrationDetector detector = new VehicleRegistrationDetector();

  @Nested
  class Plates {

    @ParameterizedTest
    @ValueSource(strings = {"ABC 123", "ABC123", "ABC-123", "KLM 45B", "FTW 12K", "XYZ 789"})
    void findsOldAndNewFormats(String plate) {
      assertThat(spans(detector, "Bilen " + plate + " står fel.")).containsExactly(plate);
    }

    @Test
    void findsALowerCasePlateAfterAVehicleWord() {
      assertThat(spans(detector, "bilen hade reg pcx 441 tror jag")).containsExactly("pcx 441");
    }
  }

  @Nested
  class NotPlates {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "AIB 123", // I is not used
          "AQB 123", // Q is not used
          "AVB 123", // V is not used
          "ÅBC 123", // Å, Ä, Ö are not used
          "ABC 12O", // O is not used as the final letter
          "ABC 12Q"
        })
    void rejectsLettersTransportstyrelsenDoesNotUse(String plate) {
      assertThat(spans(detector, "Bilen " + plate + " står fel.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Det var som 100 personer på mötet.",
          "En bil som 100 personer såg.",
          "Jag åkte bil med 150 andra till mötet.",
          "Ring SOS 112 vid nödläge.",
          "SMS 112 går att använda för döva.",
          "Vi var 100 st på mötet.",
          "Linje 840 och buss 841 går sällan.",
          "Diarienummer KS 2023/456.",
          "ABCD 123 är inget registreringsnummer.",
          "Koden ABC 1234 gäller porten."
        })
    void ignoresOrdinaryWordsAbbreviationsAndNumbers(String text) {
      assertThat(spans(detector, text)).isEmpty();
    }
  }
}
