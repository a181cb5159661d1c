package se.trygghetsdialog.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsdialog.moderation.screening.DetectorAssertions.spans;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberDetectorTest {

  private final PhoneNumberDetector detector = new PhoneNumberDetector();

  @Nested
  class SwedishNumbers {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "070-123 45 67",
          "0701234567",
          "073 987 65 43",
          "0739-112233",
          "0523-123 45",
          "0523 61 23 45",
          "08-123 456 78",
          "031-712 34 56",
          "+46 70 321 45 67",
          "+46701234567",
          "0046 72 234 56 78",
          "+46 (0)523 123 45",
          "070 - 987 65 43"
        })
    void findsMobileLandlineAndInternationalForms(String number) {
      assertThat(spans(detector, "Ring mig på " + number + " i kväll.")).containsExactly(number);
    }

    @Test
    void rejectsAMobileNumberWithTooFewDigits() {
      assertThat(spans(detector, "Ring 070-123 45 6 nu")).isEmpty();
    }
  }

  @Nested
  class HardNegatives {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Sedan 2023 har det blivit sämre.",
          "Bussen går kl 22.30 och 23:15.",
          "Det kostar 150 kr.",
          "Vi var 30 personer.",
          "Linje 840 går sällan.",
          "Postnumret är 453 30 Lysekil.",
          "Den 2024-05-14 var det vandring.",
          "Medborgarkontoret har öppet 0900-1700.",
          "Ring 112 eller 114 14.",
          "Projektet kostade 1 050 000 kronor.",
          "Protokollet från 05-10 finns på hemsidan.",
          "Öppet 08-16 på vardagar.",
          "Ärende 2024/1234 gäller belysning.",
          "Tåget går 07.45 och bussen 08.10.",
          "Kommunens organisationsnummer är 212000-1355."
        })
    void ignoresYearsTimesSumsCountsDatesAndPostcodes(String text) {
      assertThat(spans(detector, text)).isEmpty();
    }
  }
}
