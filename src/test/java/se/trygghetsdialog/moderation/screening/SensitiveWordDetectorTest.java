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

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Grannen ber i moskén varje fredag.",
          "Hon går i kyrkan varje söndag.",
          "Min pappa går till synagogan i Göteborg.",
          "De firar ramadan och går hem sent.",
          "Familjen fastar under ramadan.",
          "Min granne ber fem gånger om dagen.",
          "Killen som bär kors runt halsen blir retad.",
          "Han läser Koranen på bussen.",
          "Hon har börjat bära huvudduk.",
          "Min kollega bär kippor.",
          "Han bär turban.",
          "Min son har börjat bära kalott.",
          "Han är präst i Svenska kyrkan.",
          "De är baptister och har möten på tisdagar."
        })
    void findReligionShownByPracticeOrClothing(String text) {
      assertThat(spans(religion, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Parkeringen vid moskén behöver bättre belysning.",
          "Jag går förbi kyrkan varje morgon.",
          "Under ramadan är det öppet längre i matbutiken.",
          "Bussen till synagogan går från stationen.",
          "Församlingshemmet lånar ut lokaler."
        })
    void leavePlacesOfWorshipAndHolidaysAsTimesAlone(String text) {
      assertThat(spans(religion, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Han och hans pojkvän blev utskällda på bussen.",
          "Hennes fru blev hotad vid torget.",
          "Han bor med en man på Stångenäs.",
          "Hon lever ihop med en kvinna.",
          "Min dotter har en flickvän.",
          "Två killar som är ihop blev slagna.",
          "Vi är två mammor med tre barn.",
          "Han kom ut som bi förra året.",
          "Hon är kär i en tjej i klassen.",
          "Han är transkvinna.",
          "De kallar honom fjolla.",
          "Min bror är gift med en man.",
          "De två tjejerna som bor ihop på hörnet har fått hot.",
          "Han har haft en pojkvän i flera år."
        })
    void findSexualityShownByRelationshipWords(String text) {
      assertThat(spans(sexuality, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Min pojkvän följer mig hem.",
          "Hon och hennes pojkvän har flyttat.",
          "Han och hans fru har en hund.",
          "Han bor med sin mamma.",
          "Vi är två mammor som nattvandrar varje fredag."
        })
    void leaveOtherCouplesAlone(String text) {
      assertThat(spans(sexuality, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Grannen är finne och pratar knappt.",
          "Han kommer från Irak.",
          "Hon är född i Somalia.",
          "Det bor en familj från Syrien i nummer 4.",
          "Tre svarta killar blev nekade inträde.",
          "Några tyskar lämnar skräp.",
          "En man med utländskt utseende blev nedslagen.",
          "Norrmännen parkerar överallt.",
          "Grannen är bosniak."
        })
    void findOriginShownByNounsOrWhereSomeoneComesFrom(String text) {
      assertThat(spans(ethnicity, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Vi åt på den thailändska restaurangen.",
          "Jag köpte polsk korv i affären.",
          "Grannen har åkt till Polen på semester.",
          "Det kom en båt från Tyskland in i hamnen.",
          "Hon kom hem från Thailand i går.",
          "Vi behöver information på fler språk, till exempel arabiska och dari.",
          "Det finns en thailändsk massagesalong vid torget."
        })
    void leaveThingsAndTravelAlone(String text) {
      assertThat(spans(ethnicity, text)).isEmpty();
    }

    @Test
    void findHealthShownByAnAidSomeoneDependsOn() {
      assertThat(spans(health, "Jag är 78 år och går med rollator."))
          .containsExactly("går med rollator");
      assertThat(spans(health, "Trottoaren är för smal för rollatorer.")).isEmpty();
    }

    @Test
    void findHealthButNotHealthServices() {
      assertThat(spans(health, "Min pappa är dement.")).containsExactly("dement");
      assertThat(spans(health, "Vårdcentralen borde ha öppet längre.")).isEmpty();
    }
  }
}
