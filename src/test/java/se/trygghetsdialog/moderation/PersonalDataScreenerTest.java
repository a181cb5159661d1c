package se.trygghetsdialog.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.moderation.screening.IdentityNumberDetector;

class PersonalDataScreenerTest {

  private static final PersonalDataScreener screener = new PersonalDataScreener();

  @Nested
  class Screening {

    @Test
    void screensAHundredThousandCharacterWordWithoutHanging() {
      // A form field filled with one endless word once took minutes per call (every prefix of
      // the word was looked up); it must be screened like any other text.
      String word = "muslim" + "a".repeat(100_000);
      ScreeningResult result =
          org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
              java.time.Duration.ofSeconds(30), () -> screener.screen(word + " och " + word));
      assertThat(result.flagged()).isTrue();
    }

    @Test
    void findsEveryKindInAResidentsReport() {
      ScreeningResult result =
          screener.screen(
              "Kalle Karlsson på Storgatan 12 säljer knark, ring mig på 070-123 45 67 "
                  + "eller mejla anna@exempel.se. Bilen ABC 123 är hans. Mitt pnr 810313-6662.");

      assertThat(result.kinds())
          .contains(
              PersonalDataKind.PERSONAL_NAME,
              PersonalDataKind.STREET_ADDRESS,
              PersonalDataKind.CRIME_ALLEGATION,
              PersonalDataKind.PHONE_NUMBER,
              PersonalDataKind.EMAIL_ADDRESS,
              PersonalDataKind.VEHICLE_REGISTRATION,
              PersonalDataKind.PERSONAL_IDENTITY_NUMBER);
      assertThat(result.masked())
          .isEqualTo(
              "[namn] på [adress] [brottsanklagelse], ring mig på [telefonnummer] "
                  + "eller mejla [e-postadress]. Bilen [registreringsnummer] är hans. "
                  + "Mitt pnr [personnummer].");
    }

    @Test
    void doesNotFlagHardNegatives() {
      for (String text :
          List.of(
              "Storgatan är mörk.",
              "Polisen borde synas mer.",
              "Det säljs narkotika vid stationen.",
              "Linje 840 går kl 22.30 och kostar 150 kr.",
              "Postnumret är 453 30 Lysekil.",
              "Grundsund, Brastad och Fiskebäckskil saknar belysning.")) {
        assertThat(screener.screen(text).flagged()).as(text).isFalse();
      }
    }

    @Test
    void mergesOverlappingFindingsIntoTheEarlierDeclaredKind() {
      // The e-mail address contains a name; the address wins and nothing overlaps.
      ScreeningResult result = screener.screen("Skriv till anna.karlsson@gmail.com idag.");

      assertThat(result.findings())
          .containsExactly(new Finding(PersonalDataKind.EMAIL_ADDRESS, 11, 34));
    }

    @Test
    void screensAnEmptyText() {
      assertThat(screener.screen("").flagged()).isFalse();
    }

    @Test
    void canBeSharedBetweenThreads() throws Exception {
      String text = "Ring Anna Karlsson på 070-123 45 67, hon bor på Storgatan 12.";
      ScreeningResult expected = screener.screen(text);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<ScreeningResult>> results =
            pool.invokeAll(java.util.Collections.nCopies(200, () -> screener.screen(text)));
        for (Future<ScreeningResult> result : results) {
          assertThat(result.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  @Nested
  class Properties {

    @Test
    void neverThrowsAndKeepsFindingsInsideTheTextSortedAndApart() {
      qt().withExamples(2_000)
          .forAll(strings().betweenCodePoints(0x20, 0x24F).ofLengthBetween(0, 120))
          .checkAssert(PersonalDataScreenerTest::assertWellFormed);
    }

    @Test
    void staysWellFormedOnSwedishLikeText() {
      String alphabet = "abcdefghijklmnoprstuvåäöABCKLSÅÄÖ0123456789 -+@.,:()\n";
      qt().withExamples(2_000)
          .forAll(
              strings().basicLatinAlphabet().ofLengthBetween(0, 1), integers().between(0, 1 << 30))
          .checkAssert(
              (ignored, seed) -> {
                java.util.Random random = new java.util.Random(seed);
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(150);
                for (int i = 0; i < length; i++) {
                  text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                assertWellFormed(text.toString());
              });
    }

    @Test
    void neverLeavesAValidPersonnummerVisibleInTheMaskedText() {
      String[] contexts = {
        "Mitt personnummer är %s.",
        "%s",
        "Jag (%s) bor i Lyse och vill ha fler lampor.",
        "pnr %s, ring inte",
        "Personnummer: %s – tack!"
      };
      qt().withExamples(1_000)
          .forAll(
              integers().between(0, 99),
              integers().between(1, 12),
              integers().between(1, 28),
              integers().between(0, 9_999))
          .checkAssert(
              (year, month, day, serialAndContext) -> {
                String nine =
                    String.format("%02d%02d%02d%03d", year, month, day, serialAndContext % 1000);
                String number = nine + checkDigit(nine);
                assertThat(IdentityNumberDetector.kindOf(number)).isNotNull();
                String written = number.substring(0, 6) + "-" + number.substring(6);
                String text = String.format(contexts[serialAndContext % contexts.length], written);

                ScreeningResult result = screener.screen(text);

                assertThat(result.masked()).doesNotContain(written).doesNotContain(number);
                assertThat(result.kinds()).contains(PersonalDataKind.PERSONAL_IDENTITY_NUMBER);
              });
    }
  }

  private static void assertWellFormed(String text) {
    ScreeningResult result = screener.screen(text);
    int previousEnd = 0;
    for (Finding finding : result.findings()) {
      assertThat(finding.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(finding.end()).isLessThanOrEqualTo(text.length());
      previousEnd = finding.end();
    }
    assertThat(result.masked()).isNotNull();
  }

  private static int checkDigit(String nineDigits) {
    for (int candidate = 0; candidate <= 9; candidate++) {
      if (IdentityNumberDetector.luhnValid(nineDigits + candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no check digit for " + nineDigits);
  }
}
