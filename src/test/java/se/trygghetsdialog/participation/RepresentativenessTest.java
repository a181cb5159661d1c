package se.trygghetsdialog.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.participation.ParticipationFigures.Dimension;
import se.trygghetsdialog.participation.ParticipationFigures.Group;

class RepresentativenessTest {

  static Group age(String band, long reached, Long population) {
    return new Group(Dimension.AGE, band, "population.age." + band, "", reached, population);
  }

  @Test
  void isTheLowestRateAgainstTheHighest() {
    var figure =
        ParticipationFigures.representativeness(
                List.of(
                    age("FROM_18_TO_29", 10, 1000L),
                    age("FROM_65", 40, 1000L),
                    age("FROM_30_TO_49", 20, 1000L)))
            .orElseThrow();
    assertThat(figure.ratio()).isCloseTo(0.25, within(1e-9));
    assertThat(figure.lowest().key()).isEqualTo("FROM_18_TO_29");
    assertThat(figure.highest().key()).isEqualTo("FROM_65");
  }

  @Test
  void groupsWithoutAPopulationAreLeftOutAndNothingReachedGivesNoFigure() {
    assertThat(
            ParticipationFigures.representativeness(
                    List.of(
                        age("FROM_65", 40, 1000L), age("", 99, null), age("UNDER_18", 20, 500L)))
                .orElseThrow()
                .ratio())
        .isCloseTo(1.0, within(1e-9));
    assertThat(ParticipationFigures.representativeness(List.of(age("FROM_65", 0, 1000L))))
        .isEmpty();
  }

  @Test
  void namesTheGroupsMissingAndFarBelow() {
    var gaps =
        ParticipationFigures.gaps(
            List.of(
                age("UNDER_18", 0, 2000L),
                age("FROM_18_TO_29", 2, 1000L),
                age("FROM_65", 60, 1000L)));
    assertThat(gaps)
        .extracting(g -> g.group().key(), ParticipationFigures.Gap::missing)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("UNDER_18", true),
            org.assertj.core.groups.Tuple.tuple("FROM_18_TO_29", false));
  }
}
