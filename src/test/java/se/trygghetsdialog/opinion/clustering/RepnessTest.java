package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RepnessTest {

  private static final OpinionConfig CONFIG = OpinionConfig.defaults();

  @Test
  void computesCellStatisticsFromTheGroupAndTheRest() {
    Repness.Cell c = Repness.Cell.of(0, 8, 1, 10, 2, 7, 12);
    assertThat(c.pa()).isCloseTo(9.0 / 12, within(1e-15));
    assertThat(c.pd()).isCloseTo(2.0 / 12, within(1e-15));
    assertThat(c.pat()).isCloseTo(Stats.proportionZ(8, 10), within(1e-15));
    assertThat(c.ra()).isCloseTo((9.0 / 12) / (3.0 / 14), within(1e-15));
    assertThat(c.rd()).isCloseTo((2.0 / 12) / (8.0 / 14), within(1e-15));
    assertThat(c.rat()).isCloseTo(Stats.twoProportionZ(8, 2, 10, 12), within(1e-15));
    assertThat(c.rdt()).isCloseTo(Stats.twoProportionZ(1, 7, 10, 12), within(1e-15));
  }

  @Test
  void metricMultipliesRepnessTestAndProbabilities() {
    Repness.Statement s = new Repness.Statement(0, true, 5, 6, 0.75, 2.0, 1.5, 3.0, false);
    assertThat(s.metric()).isCloseTo(1.5 * 3.0 * 0.75 * 2.0, within(1e-15));
  }

  @Nested
  class Selection {

    @Test
    void returnsNothingWithoutAnyVotes() {
      List<Repness.Cell> cells = List.of(Repness.Cell.of(0, 0, 0, 0, 0, 0, 0));
      // Falls back to the statement with the largest max(rat, rdt).
      assertThat(Repness.selectForGroup(cells, CONFIG)).hasSize(1);
      assertThat(Repness.selectForGroup(List.of(), CONFIG)).isEmpty();
    }

    @Test
    void fallsBackToBestAgreeWhenNothingIsSignificant() {
      // Group leans agree a little more than the rest, nothing significant.
      List<Repness.Cell> cells =
          List.of(Repness.Cell.of(0, 3, 2, 6, 3, 3, 7), Repness.Cell.of(1, 4, 1, 6, 3, 3, 7));
      List<Repness.Statement> out = Repness.selectForGroup(cells, CONFIG);
      assertThat(out).hasSize(1);
      assertThat(out.get(0).bestAgree()).isTrue();
      assertThat(out.get(0).agree()).isTrue();
    }

    @Test
    void putsBestAgreeFirstCapsAtFiveAndMovesAgreesBeforeDisagrees() {
      List<Repness.Cell> cells = new ArrayList<>();
      // Strong disagreement statements (significant, group disagrees, rest agrees).
      for (int j = 0; j < 4; j++) {
        cells.add(Repness.Cell.of(j, 1, 30 + j, 32, 40, 5, 50));
      }
      // Strong agreement statements.
      for (int j = 4; j < 8; j++) {
        cells.add(Repness.Cell.of(j, 25 + j, 1, 32, 5, 40, 50));
      }
      List<Repness.Statement> out = Repness.selectForGroup(cells, CONFIG);
      assertThat(out).hasSize(5);
      assertThat(out.get(0).bestAgree()).isTrue();
      boolean seenDisagree = false;
      for (Repness.Statement s : out) {
        if (!s.agree()) {
          seenDisagree = true;
        } else {
          assertThat(seenDisagree).isFalse();
        }
      }
      assertThat(out.stream().filter(Repness.Statement::agree).count()).isGreaterThan(0);
    }

    @Test
    void ranksSufficientStatementsByMetric() {
      List<Repness.Cell> cells =
          List.of(
              Repness.Cell.of(0, 1, 20, 22, 40, 5, 50), Repness.Cell.of(1, 1, 30, 32, 40, 5, 50));
      List<Repness.Statement> out = Repness.selectForGroup(cells, CONFIG);
      assertThat(out).extracting(Repness.Statement::column).containsExactly(1, 0);
      assertThat(out).allMatch(s -> !s.agree());
    }

    @Test
    void neverPicksAStatementWithoutAgreesOrDisagreesAsBestAgree() {
      List<Repness.Cell> cells = List.of(Repness.Cell.of(0, 0, 0, 10, 0, 0, 10));
      List<Repness.Statement> out = Repness.selectForGroup(cells, CONFIG);
      assertThat(out).noneMatch(Repness.Statement::bestAgree);
    }
  }

  @Test
  void selectsPerGroupFromTalliesSkippingExcludedStatements() {
    VoteMatrix.Builder b = VoteMatrix.builder();
    b.statement(0, false, false).statement(1, true, false);
    for (int i = 0; i < 40; i++) {
      b.vote(i, 0, i < 20 ? 1 : -1);
      b.vote(i, 1, i < 20 ? 1 : -1);
    }
    VoteMatrix x = b.build();
    int[] group = new int[40];
    for (int i = 20; i < 40; i++) {
      group[i] = 1;
    }
    GroupTallies t = GroupTallies.count(x, group, 2);
    assertThat(t.agree(0, 1)).isEqualTo(20);
    List<List<Repness.Statement>> rep = Repness.select(x, t, CONFIG);
    assertThat(rep.get(0)).extracting(Repness.Statement::column).containsExactly(0);
    assertThat(rep.get(0).get(0).agree()).isTrue();
    assertThat(rep.get(1).get(0).agree()).isFalse();
  }

  @Test
  void groupAwareConsensusMultipliesSmoothedGroupProportions() {
    GroupTallies t = new GroupTallies(2, 1, new int[] {8, 3}, new int[] {1, 5}, new int[] {10, 9});
    assertThat(t.groupAwareConsensusAgree(0)).isCloseTo((9.0 / 12) * (4.0 / 11), within(1e-15));
    assertThat(t.groupAwareConsensusDisagree(0)).isCloseTo((2.0 / 12) * (6.0 / 11), within(1e-15));
  }
}
