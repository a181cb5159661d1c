package se.trygghetsdialog.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsdialog.shared.AgeBand.FROM_18_TO_29;
import static se.trygghetsdialog.shared.AgeBand.FROM_30_TO_49;
import static se.trygghetsdialog.shared.AgeBand.FROM_50_TO_64;
import static se.trygghetsdialog.shared.Gender.MAN;
import static se.trygghetsdialog.shared.Gender.WOMAN;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PostStratificationTest {

  @Test
  void eachStratumWeighsItsPopulationOverItsRespondentsAndAnEmptySexIsCollapsed() {
    var population =
        Map.of(
            "A",
            Map.of(
                FROM_18_TO_29,
                Map.of(WOMAN, 100L, MAN, 100L),
                FROM_30_TO_49,
                Map.of(WOMAN, 100L, MAN, 300L)),
            "B",
            Map.of(FROM_30_TO_49, Map.of(WOMAN, 50L, MAN, 50L)));
    var respondents =
        List.of(
            new Stratum("A", FROM_30_TO_49, WOMAN),
            new Stratum("A", FROM_30_TO_49, WOMAN),
            new Stratum("A", FROM_30_TO_49, MAN),
            new Stratum("A", FROM_30_TO_49, MAN),
            new Stratum("A", FROM_30_TO_49, MAN),
            new Stratum("B", FROM_30_TO_49, WOMAN),
            new Stratum(null, FROM_30_TO_49, WOMAN));
    var weights = PostStratification.of(counted(respondents), population);
    assertThat(weights.weight(respondents.get(0))).isEqualTo(50.0);
    assertThat(weights.weight(respondents.get(2))).isEqualTo(100.0);
    assertThat(weights.weight(respondents.get(5))).isEqualTo(100.0);
    assertThat(weights.weight(respondents.get(6))).isNaN();
    assertThat(weights.unweighted()).isEqualTo(1);
    assertThat(weights.weighted()).isEqualTo(6);
    assertThat(weights.notes())
        .extracting(RoundResults.Note::key)
        .containsExactlyInAnyOrder(
            "surveyresults.weighting.bandLeftOut", "surveyresults.weighting.sexCollapsed");
  }

  @Test
  void anAgeBandWithoutRespondentsIsSpreadOverTheAreasOthers() {
    var population =
        Map.of(
            "C",
            Map.of(
                FROM_30_TO_49,
                Map.of(WOMAN, 10L, MAN, 10L),
                FROM_50_TO_64,
                Map.of(WOMAN, 20L, MAN, 20L)),
            "D",
            Map.of(FROM_50_TO_64, Map.of(WOMAN, 5L, MAN, 5L)));
    var respondents =
        List.of(
            new Stratum("C", FROM_30_TO_49, WOMAN),
            new Stratum("C", FROM_30_TO_49, MAN),
            new Stratum("D", FROM_50_TO_64, WOMAN),
            new Stratum("D", FROM_50_TO_64, MAN));
    var weights = PostStratification.of(counted(respondents), population);
    assertThat(weights.weight(respondents.get(0))).isEqualTo(30.0);
    assertThat(weights.weight(respondents.get(1))).isEqualTo(30.0);
    assertThat(weights.weight(respondents.get(2))).isEqualTo(5.0);
    assertThat(weights.notes())
        .extracting(RoundResults.Note::key)
        .containsExactly("surveyresults.weighting.bandSpread");
  }

  private static Map<Stratum, Long> counted(List<Stratum> respondents) {
    return respondents.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
