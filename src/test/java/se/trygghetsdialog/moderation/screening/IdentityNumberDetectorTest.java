package se.trygghetsdialog.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsdialog.moderation.screening.DetectorAssertions.kinds;
import static se.trygghetsdialog.moderation.screening.DetectorAssertions.spans;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.trygghetsdialog.moderation.PersonalDataKind;

class IdentityNumberDetectorTest {

  private final IdentityNumberDetector detector = new IdentityNumberDetector();

  @Nested
  class Checksum {

    @Test
    void acceptsTheLuhnCheckDigit() {
      assertThat(IdentityNumberDetector.luhnValid("8103136662")).isTrue();
      assertThat(IdentityNumberDetector.luhnValid("8103136663")).isFalse();
    }

    @Test
    void classifiesAValidPersonnummer() {
      assertThat(IdentityNumberDetector.kindOf("8103136662"))
          .isEqualTo(PersonalDataKind.PERSONAL_IDENTITY_NUMBER);
    }

    @Test
    void classifiesADayPlusSixtyAsSamordningsnummer() {
      assertThat(IdentityNumberDetector.kindOf("8006833589"))
          .isEqualTo(PersonalDataKind.COORDINATION_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "8113136662", // month 13
          "8100136662", // month 00
          "8103326662", // day 32
          "8102306662", // 30 February
          "8103006662", // day 00
          "8103606662", // day 60: neither kind
          "8103926662", // day 92
          "2120001355", // organisation number: month 20
          "81031366x2"
        })
    void rejectsImpossibleDatesAndNonDigits(String tenDigits) {
      // A wrong check digit alone is no reason: 8103136663 is still shaped like a personnummer.
      assertThat(IdentityNumberDetector.kindOf("8103136663"))
          .isEqualTo(PersonalDataKind.PERSONAL_IDENTITY_NUMBER);
      assertThat(IdentityNumberDetector.kindOf(tenDigits)).isNull();
    }
  }

  @Nested
  class Formats {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "810313-6662",
          "8103136662",
          "19810313-6662",
          "198103136662",
          "810313+6662",
          "810313 6662",
          "810313–6662"
        })
    void findsTenAndTwelveDigitFormsWithAnySeparator(String number) {
      assertThat(spans(detector, "Mitt personnummer är " + number + ", tack."))
          .containsExactly(number);
    }

    @Test
    void findsASamordningsnummerAsItsOwnKind() {
      assertThat(kinds(detector, "Samordningsnummer 800683-3589"))
          .containsExactly(PersonalDataKind.COORDINATION_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "19850312-1234",
          "198503121234",
          "850312-1234",
          "850312+1234",
          "8503121234",
          "850312 1234",
          "810313-6663",
          "19810313-6663"
        })
    void findsANumberShapedLikeAPersonnummerWhateverItsCheckDigit(String number) {
      assertThat(IdentityNumberDetector.luhnValid("8503121234")).isFalse();
      assertThat(IdentityNumberDetector.luhnValid("8103136663")).isFalse();
      assertThat(spans(detector, "Min granne " + number + " bor här.")).containsExactly(number);
      assertThat(kinds(detector, "Min granne " + number + " bor här."))
          .containsExactly(PersonalDataKind.PERSONAL_IDENTITY_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"800683-3580", "19800683-3580", "800683+3580", "198006833580"})
    void findsASamordningsnummerWhateverItsCheckDigit(String number) {
      assertThat(IdentityNumberDetector.luhnValid("8006833580")).isFalse();
      assertThat(kinds(detector, "Han har " + number + " som nummer."))
          .containsExactly(PersonalDataKind.COORDINATION_NUMBER);
    }

    @Test
    void ignoresDigitsInsideALongerNumber() {
      assertThat(spans(detector, "Referens 12810313-66621 och 810313-6662-7")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Kommunens organisationsnummer är 212000-1355.",
          "Mötet var 2023-05-12 kl 18.",
          "Enkäten besvarades av 1 245 personer.",
          "Budgeten är 2 500 000 kronor.",
          "Lampan har varit trasig sedan 2024 och ingen har lagat den.",
          "Mellan 2019 och 2024 ökade anmälningarna med 12 procent.",
          "Belysningen kostade 125000 kronor år 2023.",
          "Ärendet har nummer 2024-1234 hos kommunen.",
          "Ring kommunens växel 0523-613000.",
          "Mötet hölls 2024-03-12 kl 18.30 i Folkets hus."
        })
    void ignoresOrganisationNumbersDatesAndSums(String text) {
      assertThat(spans(detector, text)).isEmpty();
    }
  }

  @Nested
  class AmbiguityWithPhoneNumbers {

    @Test
    void leavesABareNumberWithALeadingZeroToThePhoneDetector() {
      // 0701234569 is also a valid personnummer for someone born 23 January 2007.
      assertThat(IdentityNumberDetector.kindOf("0701234569")).isNotNull();
      assertThat(spans(detector, "Ring mig på 0701234569.")).isEmpty();
    }

    @Test
    void believesThePersonnummerCueForABareNumber() {
      assertThat(spans(detector, "Personnummer 0701234569")).containsExactly("0701234569");
    }

    @Test
    void keepsASeparatedNumberWithALeadingZeroAsPersonnummer() {
      assertThat(spans(detector, "Min dotter 040402-0885 går i skolan."))
          .containsExactly("040402-0885");
    }
  }
}
