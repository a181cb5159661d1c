package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void pseudoProportionAddsOneSuccessAndTwoTrials() {
    assertThat(Stats.pseudoProportion(0, 0)).isEqualTo(0.5);
    assertThat(Stats.pseudoProportion(3, 4)).isEqualTo(4.0 / 6.0);
  }

  @Test
  void proportionZFollowsPolisFormula() {
    // 2·sqrt(n+1)·((s+1)/(n+1) − 0.5)
    assertThat(Stats.proportionZ(7, 10))
        .isCloseTo(2 * Math.sqrt(11) * (8.0 / 11 - 0.5), within(1e-15));
    assertThat(Stats.proportionZ(0, 0)).isCloseTo(1.0, within(1e-15));
    assertThat(Stats.proportionZ(2, 5)).isCloseTo(0.0, within(1e-15));
  }

  @Test
  void twoProportionZAddsPseudoCountsToEveryArgument() {
    double p1 = 6.0 / 11;
    double p2 = 3.0 / 21;
    double pooled = 9.0 / 32;
    double expected = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / 11 + 1.0 / 21));
    assertThat(Stats.twoProportionZ(5, 2, 10, 20)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void twoProportionZIsZeroWhenPooledProportionIsOne() {
    assertThat(Stats.twoProportionZ(5, 3, 5, 3)).isZero();
  }

  @Test
  void significanceThresholdIsTheOneSidedNinetyPercentQuantile() {
    double q = new NormalDistribution().inverseCumulativeProbability(0.9);
    assertThat(OpinionConfig.defaults().significanceZ()).isCloseTo(q, within(1e-4));
  }
}
