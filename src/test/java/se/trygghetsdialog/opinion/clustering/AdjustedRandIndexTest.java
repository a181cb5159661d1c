package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdjustedRandIndexTest {

  @Test
  void matchesTextbookPartialAgreement() {
    assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 2}, new int[] {0, 0, 1, 1}))
        .isCloseTo(4.0 / 7.0, within(1e-12));
  }

  @Test
  void isOneForIdenticalPartitionsUnderRelabelling() {
    assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0})).isEqualTo(1.0);
  }

  @Test
  void isZeroWhenOnePartitionIsAllSingletonsAndTheOtherOneCluster() {
    assertThat(AdjustedRandIndex.of(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3}))
        .isCloseTo(0.0, within(1e-12));
  }

  @Test
  void matchesAHandComputedThreeClusterExample() {
    // Three clusters of five with one swap each way.
    int[] a = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2};
    int[] b = {0, 0, 0, 0, 1, 0, 1, 1, 1, 2, 0, 2, 2, 2, 1};
    // Contingency [[4,1,0],[1,3,1],[1,1,3]]: cell pairs 6+3+3, row pairs 3·10, column pairs
    // 15+10+6.
    double index = 6 + 3 + 3;
    double sa = 3 * 10;
    double sb = 15 + 10 + 6;
    double total = 105;
    double expected = (index - sa * sb / total) / (0.5 * (sa + sb) - sa * sb / total);
    assertThat(AdjustedRandIndex.of(a, b)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void doesNotOverflowOnLargeClusters() {
    int n = 300_000;
    int[] a = new int[n];
    int[] b = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i < n / 2 ? 0 : 1;
      b[i] = a[i];
    }
    b[0] = 1;
    double ari = AdjustedRandIndex.of(a, b);
    assertThat(ari).isLessThan(1.0).isGreaterThan(0.9999);
  }
}
