package se.trygghetsdialog.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsdialog.moderation.screening.DetectorAssertions.spans;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalNameDetectorTest {

  private static final PersonalNameDetector detector = PersonalNameDetector.fromClasspath();

  @Nested
  class ShippedLists {

    @Test
    void holdAtLeastThreeHundredFirstNamesAndTwoHundredSurnames() {
      assertThat(WordLists.load("moderation/names/first-names.txt")).hasSizeGreaterThan(300);
      assertThat(WordLists.load("moderation/names/surnames.txt")).hasSizeGreaterThan(200);
    }
  }

  @Nested
  class CapitalisedNames {

    @Test
    void findsAFullNameAsOneSpan() {
      assertThat(spans(detector, "Fråga Eva Andersson, hon var med."))
          .containsExactly("Eva Andersson");
    }

    @Test
    void findsAFirstNameInsideASentence() {
      assertThat(spans(detector, "Jag pratade med Johan om lampan.")).containsExactly("Johan");
    }

    @Test
    void findsAGenitive() {
      assertThat(spans(detector, "Det var Peters hund som skällde.")).containsExactly("Peters");
    }

    @Test
    void findsAnUnambiguousNameAtSentenceStart() {
      assertThat(spans(detector, "Sofia sa att busskuren är sönder.")).containsExactly("Sofia");
    }

    @Test
    void findsAHyphenatedFirstName() {
      assertThat(spans(detector, "Vi pratade med Anna-Karin igår.")).containsExactly("Anna-Karin");
    }

    @Test
    void findsALowerCaseFirstNameFollowedByASurname() {
      assertThat(spans(detector, "skriv till anna karlsson")).containsExactly("anna karlsson");
    }

    @Test
    void findsALowerCaseNameAlone() {
      assertThat(spans(detector, "vi frågade mustafa och kalle på kiosken"))
          .containsExactly("mustafa", "kalle");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Mötet är den 5 jan kl 18.",
          "Vi fick linda in benet.",
          "Det kan arta sig till något bra.",
          "Katten brukar jama vid dörren."
        })
    void ignoresALowerCaseNameThatIsAlsoAWord(String text) {
      assertThat(spans(detector, text)).isEmpty();
    }
  }

  @Nested
  class NamesOfOtherOrigins {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Shirin Karimi",
          "Zoran Petrović",
          "Aleksandra Nowak",
          "Jukka Virtanen",
          "Senait Tesfaye",
          "Hawa Warsame",
          "Emina Hodžić",
          "Aziz Yılmaz",
          "Dariusz Kowalski",
          "hassan omar"
        })
    void areFoundAsFullNames(String name) {
      assertThat(spans(detector, "Vi pratade med " + name + " om lampan.")).containsExactly(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fatima", "Abdirahman", "Tigist", "Nasrin", "Elif", "yasmin"})
    void areFoundAsFirstNamesAlone(String name) {
      assertThat(spans(detector, "Grannen sa att " + name + " blev rädd.")).containsExactly(name);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Mina barn går hem själva.",
          "Dina synpunkter är viktiga.",
          "Hala vägar vid skolan i morse.",
          "Ville ni något mer?"
        })
    void areNotNamesWhenTheyAreOrdinaryWords(String text) {
      assertThat(spans(detector, text)).isEmpty();
    }
  }

  @Nested
  class NamesThatAreAlsoWords {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Björn har setts i skogen ovanför Lyse.",
          "Sten och grus ligger på cykelbanan.",
          "Hans bil står alltid på trottoaren.",
          "Inga lampor fungerar i tunneln.",
          "Per person blir det dyrt.",
          "Maj är den värsta månaden."
        })
    void areNotNamesAlone(String text) {
      assertThat(spans(detector, text)).isEmpty();
    }

    @Test
    void areNamesNextToAnotherName() {
      assertThat(spans(detector, "Bo Ek som bor bredvid har sett det.")).containsExactly("Bo Ek");
    }

    @Test
    void areNamesAfterACue() {
      assertThat(spans(detector, "Familjen Berg har klagat.")).containsExactly("Berg");
    }
  }

  @Nested
  class PlacesAndOrganisations {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Lysekil behöver fler mötesplatser.",
          "Grundsund är tryggt på vintern.",
          "Brastad och Lyse saknar busstrafik.",
          "Gustav Adolfs torg är fint på dagen.",
          "Polisen borde synas mer.",
          "Svenska kyrkan har öppet hus.",
          "Vi handlar på Ali Baba Livs vid torget.",
          "Hassans pizzeria har öppet sent.",
          "Jag åkte till Lund och hem igen."
        })
    void areNotPersonalNames(String text) {
      assertThat(spans(detector, text)).isEmpty();
    }
  }
}
