package se.trygghetsdialog.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsdialog.moderation.screening.DetectorAssertions.spans;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrimeAllegationDetectorTest {

  private static final CrimeAllegationDetector detector =
      new CrimeAllegationDetector(PersonalNameDetector.fromClasspath());

  @Nested
  class AgainstAnIdentifiablePerson {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Grannen i nummer 5 säljer knark från lägenheten.",
          "Killen som bor ovanför mig langar till ungdomarna.",
          "Jag vet att han stjäl cyklar vid stationen.",
          "Hon knarkar öppet i trappuppgången.",
          "Mannen i det gula huset misshandlar sin fru.",
          "Kalle säljer knark vid torget.",
          "Johan Andersson är pedofil.",
          "Han har suttit inne för rån.",
          "Jag såg honom tända eld på papperskorgen.",
          "Grannen kör rattfull varje fredag.",
          "Min man slår mig.",
          "Nu langar grannen igen.",
          "Pedofilen som bor på Kungsgatan borde flyttas.",
          "Han går runt med kniv i skolan."
        })
    void isAnAllegation(String text) {
      assertThat(spans(detector, text)).isNotEmpty();
    }

    @Test
    void coversTheCrimeButNotThePerson() {
      assertThat(spans(detector, "Grannen säljer knark.")).containsExactly("säljer knark");
    }
  }

  @Nested
  class GeneralStatements {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Det säljs narkotika vid stationen.",
          "Polisen borde synas mer.",
          "Det langas knark i parken.",
          "Någon har klottrat på väggen.",
          "Ungdomar langar i parken enligt ryktet.",
          "Man ser ofta folk som säljer knark vid hamnen.",
          "Hon är rädd att någon stjäl hennes cykel.",
          "Han blev misshandlad vid krogen.",
          "Han säljer korv vid hamnen på sommaren.",
          "Han har alltid en kniv med sig när han fiskar.",
          "Det finns langare vid busstationen.",
          "Vem är det som slår sönder busskurerna?",
          "Man ska inte köra rattfull."
        })
    void isNotAnAllegationAgainstAPerson(String text) {
      assertThat(spans(detector, text)).isEmpty();
    }
  }
}
