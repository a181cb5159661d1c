package se.trygghetsdialog.opinion.clustering;

import java.util.SplittableRandom;

/** Small random vote matrices for tests. */
final class TestMatrices {

  private TestMatrices() {}

  /** A random matrix with the given density; every third statement leans by row parity. */
  static VoteMatrix random(int n, int m, double density, long seed, boolean[] excluded) {
    SplittableRandom rnd = new SplittableRandom(seed);
    VoteMatrix.Builder b = VoteMatrix.builder();
    for (int j = 0; j < m; j++) {
      b.statement(100 + j, excluded != null && excluded[j], false);
    }
    for (int i = 0; i < n; i++) {
      b.participant(1000 + i);
      for (int j = 0; j < m; j++) {
        if (rnd.nextDouble() < density) {
          double u = rnd.nextDouble();
          int v;
          if (j % 3 == 0) {
            v = u < 0.15 ? 0 : (u < 0.8) == (i % 2 == 0) ? 1 : -1;
          } else {
            v = u < 0.2 ? 0 : u < 0.6 ? 1 : -1;
          }
          b.vote(1000 + i, 100 + j, v);
        }
      }
    }
    return b.build();
  }

  /** The dense centred, mean-imputed rating matrix {@code Xc}. */
  static double[][] denseCentred(VoteMatrix x) {
    int n = x.participants();
    int m = x.statements();
    double[] mu = SparsePca.columnMeans(x);
    double[][] d = new double[n][m];
    for (int r = 0; r < n; r++) {
      for (int k = x.rowStart(r); k < x.rowEnd(r); k++) {
        int j = x.column(k);
        if (!x.excluded(j)) {
          d[r][j] = x.value(k) - mu[j];
        }
      }
    }
    return d;
  }
}
