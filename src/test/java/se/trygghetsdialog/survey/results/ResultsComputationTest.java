package se.trygghetsdialog.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.survey.results.RoundResults.Row;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Response;

class ResultsComputationTest {

  private static void add(
      List<Response> to, SurveyResultsSource.Question q, String area, String value, int times) {
    for (int i = 0; i < times; i++) {
      to.add(SurveyResponsesMother.ntuAnswer(q, area, value));
    }
  }

  @Test
  void theIndicatorCountsOtryggaOfValidAnswersLeavingOutOtherReasons() {
    var ntu = SurveyResponsesMother.ntu();
    var round = SurveyResponsesMother.round(List.of(ntu));
    List<Response> responses = new ArrayList<>();
    add(responses, ntu, "A", "mycket-trygg", 10);
    add(responses, ntu, "A", "ganska-trygg", 5);
    add(responses, ntu, "A", "ganska-otrygg", 6);
    add(responses, ntu, "A", "mycket-otrygg", 2);
    add(responses, ntu, "A", "gar-ej-ut-oro", 2);
    add(responses, ntu, "A", "gar-ej-ut-annat", 5);
    add(responses, ntu, "B", "mycket-trygg", 20);
    add(responses, ntu, "B", "ganska-otrygg", 5);

    RoundResults results =
        ResultsComputation.compute(
            round, Tally.of(responses), 5, Map.of(), null, c -> "Område " + c);

    Proportion all = results.indicator().orElseThrow().unweighted();
    assertThat(all.hits()).isEqualTo(15);
    assertThat(all.n()).isEqualTo(50);
    assertThat(all.share()).isEqualTo(0.3);
    var byArea = results.questions().get(0).breakdowns().get(0);
    Row a = byArea.rows().get(0);
    Row b = byArea.rows().get(1);
    assertThat(a.label().text()).isEqualTo("Område A");
    assertThat(a.indicator().share()).isEqualTo(0.4);
    assertThat(a.indicator().n()).isEqualTo(25);
    assertThat(a.problemIndex()).isCloseTo(133.33, within(0.01));
    assertThat(b.indicator().share()).isEqualTo(0.2);
    assertThat(b.problemIndex()).isCloseTo(66.67, within(0.01));
    // In all, mycket otrygg (2) and går ej ut av oro (2) are below 5: hidden; the otrygga group
    // (15) still has two hidden parts, so nothing more is.
    var options = results.questions().get(0).distribution().total().cells();
    assertThat(options)
        .extracting(RoundResults.Count::suppressed)
        .containsExactly(false, false, false, true, true, false);
    assertThat(DifferenceAttack.revealed(results.questions().get(0))).isEmpty();
  }

  @Test
  void anAreaWithTooFewAnswersHasNoIndicatorAndItsCountsAreHidden() {
    var ntu = SurveyResponsesMother.ntu();
    var round = SurveyResponsesMother.round(List.of(ntu));
    List<Response> responses = new ArrayList<>();
    add(responses, ntu, "A", "mycket-trygg", 30);
    add(responses, ntu, "A", "mycket-otrygg", 10);
    add(responses, ntu, "B", "ganska-otrygg", 3);
    add(responses, ntu, "C", "ganska-trygg", 20);
    add(responses, ntu, "C", "ganska-otrygg", 7);

    var byArea =
        ResultsComputation.compute(round, Tally.of(responses), 5, Map.of(), null, c -> c)
            .questions()
            .get(0)
            .breakdowns()
            .get(0);
    Row b = byArea.rows().get(1);
    assertThat(b.indicator()).isNull();
    assertThat(b.cells().get(0).suppressed()).isTrue();
    assertThat(b.total().suppressed()).isTrue();
    assertThat(byArea.rows().get(0).indicator()).isNotNull();
  }

  @Test
  void weightedFiguresFollowThePopulationAndUnweightedOnesStay() {
    var ntu = SurveyResponsesMother.ntu();
    var round = SurveyResponsesMother.round(List.of(ntu));
    List<Response> responses = new ArrayList<>();
    // Women answer otrygg, men trygg; 30 women and 10 men answered, the population is half and
    // half.
    for (int i = 0; i < 30; i++) {
      responses.add(
          new Response(
              "A",
              AgeBand.FROM_30_TO_49,
              Gender.WOMAN,
              "web",
              Map.of(ntu.id(), List.of("ganska-otrygg"))));
    }
    for (int i = 0; i < 10; i++) {
      responses.add(
          new Response(
              "A",
              AgeBand.FROM_30_TO_49,
              Gender.MAN,
              "web",
              Map.of(ntu.id(), List.of("mycket-trygg"))));
    }
    var population =
        Map.of("A", Map.of(AgeBand.FROM_30_TO_49, Map.of(Gender.WOMAN, 500L, Gender.MAN, 500L)));

    RoundResults results =
        ResultsComputation.compute(round, Tally.of(responses), 5, population, 2025, c -> c);

    var indicator = results.indicator().orElseThrow();
    assertThat(indicator.unweighted().share()).isEqualTo(0.75);
    assertThat(indicator.weighted().share()).isCloseTo(0.5, within(1e-9));
    // Kish: weights 500/30 and 500/10 give an effective n of 1000² ÷ (30·(50/3)² + 10·50²) = 30.
    assertThat(indicator.weighted().n()).isCloseTo(30.0, within(1e-9));
    assertThat(results.weighting().applied()).isTrue();
    assertThat(results.weighting().populationYear()).isEqualTo(2025);
  }

  @Test
  void aRoundWithoutAnswersHasEmptyResults() {
    var round =
        SurveyResponsesMother.round(
            List.of(SurveyResponsesMother.ntu(), SurveyResponsesMother.number()));
    RoundResults results =
        ResultsComputation.compute(round, Tally.empty(), 5, Map.of(), null, c -> c);
    assertThat(results.empty()).isTrue();
    assertThat(results.indicator().orElseThrow().unweighted()).isNull();
  }
}
