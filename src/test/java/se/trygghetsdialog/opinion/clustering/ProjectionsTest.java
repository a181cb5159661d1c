package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectionsTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void sparseProjectionEqualsDenseMeanImputedProjectionScaledByVoteShare(long seed) {
    boolean[] excluded = new boolean[25];
    excluded[(int) seed] = true;
    VoteMatrix x = TestMatrices.random(60, 25, 0.1 * (seed % 5 + 1), seed, excluded);
    PcaResult pca = SparsePca.compute(x, OpinionConfig.defaults(), null);
    double[] sparse = Projections.participants(x, pca);
    double[][] xc = TestMatrices.denseCentred(x);
    int m = x.statements();
    for (int r = 0; r < x.participants(); r++) {
      double a = 0;
      double b = 0;
      for (int j = 0; j < m; j++) {
        a += xc[r][j] * pca.pc1()[j];
        b += xc[r][j] * pca.pc2()[j];
      }
      // Non-null rating cells: votes on included statements plus every excluded column.
      int cells = 1;
      for (int k = x.rowStart(r); k < x.rowEnd(r); k++) {
        if (!x.excluded(x.column(k))) {
          cells++;
        }
      }
      double scale = Math.sqrt((double) m / Math.max(cells, 1));
      assertThat(sparse[2 * r]).isCloseTo(scale * a, within(1e-12));
      assertThat(sparse[2 * r + 1]).isCloseTo(scale * b, within(1e-12));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void extremityIsTheLengthOfASingleAgreeVoteProjection(long seed) {
    VoteMatrix x = TestMatrices.random(50, 20, 0.5, seed, null);
    PcaResult pca = SparsePca.compute(x, OpinionConfig.defaults(), null);
    double[] e = Projections.extremity(x, pca);
    for (int j = 0; j < 20; j++) {
      double d = 1 - pca.centre()[j];
      double px = Math.sqrt(20) * d * pca.pc1()[j];
      double py = Math.sqrt(20) * d * pca.pc2()[j];
      assertThat(e[j]).isCloseTo(Math.hypot(px, py), within(1e-12));
    }
  }
}
