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

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Grannen snodde min cykel från förrådet.",
          "Han har snott pengar ur kassan.",
          "Han knyckte en väska vid busshållplatsen.",
          "Min grannes son tjuvkopplade en moped i natt.",
          "Han norpade en mobil på bussen.",
          "Mehmet har skurit sönder däcken på min bil.",
          "Det var hennes kille som slog ner min bror.",
          "Han har krossat rutan på fritidsgården.",
          "Hon röker på i trappan.",
          "Han fixar gräs åt alla på gymnasiet.",
          "Han skjutsar knark åt ett gäng.",
          "Hon fuskar med bidragen och jobbar svart.",
          "Han är efterlyst av polisen.",
          "Han åkte dit för rattfylla i julas.",
          "Han kör omkring på crossen utan körkort.",
          "Jag såg när grannpojken stack iväg med min sparkcykel.",
          "Han har kört runt påtänd på sin moped.",
          "Robin och hans kompisar har krossat lyktorna i parken.",
          "Det var Fredrik som körde på cyklisten och smet.",
          "Killen på macken säljer snus och öl till fjortonåringar.",
          "Vaktmästaren har tagit saker ur förråden."
        })
    void isAnAllegationWithAColloquialVerbOrInAnotherTense(String text) {
      assertThat(spans(detector, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Jag blev rånad av killen som bor ovanför mig.",
          "Min syster blev misshandlad av sin pojkvän.",
          "Min dotter blev hotad av hennes före detta pojkvän.",
          "Vi blev bestulna av hantverkaren som renoverade badrummet.",
          "Min mamma blev lurad på pengar av en granne.",
          "Hon har blivit slagen av sin man i flera år."
        })
    void isAnAllegationWhenTheVictimNamesWhoDidIt(String text) {
      assertThat(spans(detector, text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Somaliern på våning tre dealar från lägenheten.",
          "Polacken som hyr stugan har stulit diesel.",
          "Pizzakillen säljer tjack genom luckan.",
          "Kioskgubben säljer smuggelcigg till tolvåringar.",
          "Det är storebrorsan i familjen som dealar."
        })
    void isAnAllegationAgainstAPersonNamedByANoun(String text) {
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
          "Man ska inte köra rattfull.",
          "Min cykel blev stulen från förrådet.",
          "Någon har snott båtmotorer i hamnen.",
          "Jag blev rånad vid busshållplatsen men såg aldrig vem det var.",
          "Hon blev hotad av en okänd man.",
          "Han har snor i näsan och ska vara hemma.",
          "Han åkte dit i går för att hämta båten.",
          "Han fixar cyklar åt grannarna.",
          "Han blev mobbad i skolan."
        })
    void isNotAnAllegationAgainstAPerson(String text) {
      assertThat(spans(detector, text)).isEmpty();
    }
  }
}
