package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PriorityTest {

  @Test
  void matchesTheSpecificationSanityValue() {
    assertThat(Priority.of(1, 0, 1, 0, false)).isCloseTo(12.5297, within(1e-4));
  }

  @Test
  void followsTheFormulaForArbitraryTallies() {
    long a = 10;
    long d = 4;
    long s = 20;
    double e = 0.7;
    double p = (s - a - d + 1.0) / (s + 2.0);
    double ag = (a + 1.0) / (s + 2.0);
    double importance = (1 - p) * (e + 1) * ag;
    double expected = Math.pow(importance * (1 + 8 * Math.pow(2, -s / 5.0)), 2);
    assertThat(Priority.of(a, d, s, e, false)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void metaStatementsGetFortyNineRegardlessOfTallies() {
    assertThat(Priority.of(0, 0, 0, 0, true)).isEqualTo(49.0);
    assertThat(Priority.of(100, 3, 120, 2.5, true)).isEqualTo(49.0);
  }

  @Test
  void newStatementsAreBoostedOverWellKnownOnes() {
    assertThat(Priority.of(0, 0, 0, 0, false)).isGreaterThan(Priority.of(50, 50, 100, 0, false));
  }

  @Test
  void routingSkipsIneligibleStatementsAndWeighsMissingPrioritiesAsOne() {
    double[] priority = {0, 3, 100};
    // Eligible 0 and 1: weights 1 (fallback for 0) and 3, total 4.
    assertThat(Priority.pickNext(priority, j -> j != 2, 3, 0.0)).isEqualTo(0);
    assertThat(Priority.pickNext(priority, j -> j != 2, 3, 0.24)).isEqualTo(0);
    assertThat(Priority.pickNext(priority, j -> j != 2, 3, 0.26)).isEqualTo(1);
    assertThat(Priority.pickNext(priority, j -> j != 2, 3, 0.999)).isEqualTo(1);
    assertThat(Priority.pickNext(priority, j -> false, 3, 0.5)).isEqualTo(-1);
  }
}
