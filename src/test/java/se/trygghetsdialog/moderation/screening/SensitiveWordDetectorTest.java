package se.trygghetsdialog.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsdialog.moderation.screening.DetectorAssertions.spans;

import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.trygghetsdialog.moderation.PersonalDataKind;

class SensitiveWordDetectorTest {

  @Nested
  class Matching {

    private final SensitiveWordDetector detector =
        new SensitiveWordDetector(
            PersonalDataKind.HEALTH, Set.of("psykiskt sjuk*", "schizofren*", "ms", "döv"));

    @Test
    void matchesWholeWordsCaseInsensitively() {
      assertThat(spans(detector, "Jag har MS.")).containsExactly("MS");
      assertThat(spans(detector, "Hon har adresser.")).isEmpty();
    }

    @Test
    void matchesInflectionsThroughAPrefixEntry() {
      assertThat(spans(detector, "Han har schizofreni, de är schizofrena."))
          .containsExactly("schizofreni", "schizofrena");
    }

    @Test
    void matchesAMultiWordEntry() {
      assertThat(spans(detector, "Grannen är Psykiskt sjuka i perioder."))
          .containsExactly("Psykiskt sjuka");
    }

    @Test
    void doesNotMatchAPrefixInsideAnotherWord() {
      assertThat(spans(detector, "Hon är dövstum, han är odöv.")).isEmpty();
    }
  }

  @Nested
  class ShippedLists {

    private final SensitiveWordDetector ethnicity =
        SensitiveWordDetector.fromClasspath(PersonalDataKind.ETHNICITY, "ethnicity");
    private final SensitiveWordDetector sexuality =
        SensitiveWordDetector.fromClasspath(PersonalDataKind.SEXUALITY, "sexuality");
    private final SensitiveWordDetector religion =
        SensitiveWordDetector.fromClasspath(PersonalDataKind.RELIGION, "religion");
    private final SensitiveWordDetector health =
        SensitiveWordDetector.fromClasspath(PersonalDataKind.HEALTH, "health");

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Somalierna i Brodalen håller sig för sig själva.",
          "Den arabiska familjen har fått hot.",
          "Blattarna vid fritidsgården skrämmer mina barn."
        })
    void findEthnicity(String text) {
      assertThat(spans(ethnicity, text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Informationen borde finnas på arabiska och somaliska också.",
          "Går det att få översättning till tigrinska och persiska?",
          "Bänkarna kunde målas i turkos."
        })
    void leaveLanguagesAndColoursAlone(String text) {
      assertThat(spans(ethnicity, text)).isEmpty();
    }

    @Test
    void findTheFirstPartOfAHyphenatedCompound() {
      assertThat(spans(sexuality, "Vi är ett gay-par.")).containsExactly("gay-par");
      assertThat(spans(sexuality, "Pride-tåget gick genom centrum.")).isEmpty();
    }

    @Test
    void findReligionButNotChurchesAsPlaces() {
      assertThat(spans(religion, "Hon bär slöja och är muslim."))
          .containsExactly("slöja", "muslim");
      assertThat(spans(religion, "Kyrkan i Lyse har fin belysning.")).isEmpty();
    }

    @Test
    void findHealthButNotHealthServices() {
      assertThat(spans(health, "Min pappa är dement.")).containsExactly("dement");
      assertThat(spans(health, "Vårdcentralen borde ha öppet längre.")).isEmpty();
    }
  }
}
