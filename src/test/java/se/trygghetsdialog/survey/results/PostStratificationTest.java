package se.trygghetsdialog.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghetsdialog.shared.AgeBand.FROM_18_TO_29;
import static se.trygghetsdialog.shared.AgeBand.FROM_30_TO_49;
import static se.trygghetsdialog.shared.AgeBand.FROM_50_TO_64;
import static se.trygghetsdialog.shared.Gender.MAN;
import static se.trygghetsdialog.shared.Gender.WOMAN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.survey.results.PostStratification.Background;

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
            new Background("A", FROM_30_TO_49, WOMAN),
            new Background("A", FROM_30_TO_49, WOMAN),
            new Background("A", FROM_30_TO_49, MAN),
            new Background("A", FROM_30_TO_49, MAN),
            new Background("A", FROM_30_TO_49, MAN),
            new Background("B", FROM_30_TO_49, WOMAN),
            new Background(null, FROM_30_TO_49, WOMAN));
    var weights = PostStratification.of(respondents, population);
    assertThat(weights.weight(0)).isEqualTo(50.0);
    assertThat(weights.weight(2)).isEqualTo(100.0);
    assertThat(weights.weight(5)).isEqualTo(100.0);
    assertThat(weights.weight(6)).isNaN();
    assertThat(weights.unweighted()).isEqualTo(1);
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
    var weights =
        PostStratification.of(
            List.of(
                new Background("C", FROM_30_TO_49, WOMAN),
                new Background("C", FROM_30_TO_49, MAN),
                new Background("D", FROM_50_TO_64, WOMAN),
                new Background("D", FROM_50_TO_64, MAN)),
            population);
    assertThat(weights.weight(0)).isEqualTo(30.0);
    assertThat(weights.weight(1)).isEqualTo(30.0);
    assertThat(weights.weight(2)).isEqualTo(5.0);
    assertThat(weights.notes())
        .extracting(RoundResults.Note::key)
        .containsExactly("surveyresults.weighting.bandSpread");
  }
}
