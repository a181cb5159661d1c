package se.trygghetsdialog.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;

class ProportionTest {

  @Test
  void twentyOfAHundredHasTheWilsonIntervalComputedByHand() {
    Proportion p = new Proportion(20, 100);
    assertThat(p.share()).isEqualTo(0.2);
    assertThat(p.lower()).isCloseTo(0.13337, within(1e-4));
    assertThat(p.upper()).isCloseTo(0.28883, within(1e-4));
  }

  @Test
  void noneOrAllStillHaveAnIntervalInsideZeroToOne() {
    assertThat(new Proportion(0, 10).lower()).isZero();
    assertThat(new Proportion(0, 10).upper()).isCloseTo(0.2775, within(1e-3));
    assertThat(new Proportion(10, 10).upper()).isCloseTo(1.0, within(1e-12));
    assertThat(new Proportion(0, 0).defined()).isFalse();
  }

  @Test
  void noHitsOrAllHitsNeverPutTheShareOutsideItsInterval() {
    // CI found 0 of 3 with a lower bound of 4.9e-17, above the share 0: rounding, now clamped.
    for (int n = 1; n <= 5_000; n++) {
      Proportion none = new Proportion(0, n);
      Proportion all = new Proportion(n, n);
      assertThat(none.lower()).as("0 of %d", n).isLessThanOrEqualTo(none.share());
      assertThat(all.upper()).as("%d of %d", n, n).isGreaterThanOrEqualTo(all.share());
    }
  }

  @Test
  void theIntervalAgreesWithCommonsMathForEveryCount() {
    qt().withExamples(500)
        .forAll(integers().between(1, 5_000), integers().between(0, 1_000))
        .checkAssert(
            (n, permille) -> {
              int k = (int) ((long) n * permille / 1_000);
              ConfidenceInterval expected = new WilsonScoreInterval().createInterval(n, k, 0.95);
              Proportion p = new Proportion(k, n);
              assertThat(p.lower()).isCloseTo(expected.getLowerBound(), within(1e-6));
              assertThat(p.upper()).isCloseTo(expected.getUpperBound(), within(1e-6));
              assertThat(p.lower()).isLessThanOrEqualTo(p.share());
              assertThat(p.upper()).isGreaterThanOrEqualTo(p.share());
            });
  }
}
