package se.trygghetsdialog.opinion.clustering;

/** Sparse participant and statement projections onto the two principal components (§1.4). */
public final class Projections {

  private Projections() {}

  /**
   * Projects every participant: {@code sqrt(m / max(|V_i|, 1)) · Σ_{j∈V_i} (x_ij − μ_j)·(pc1_j,
   * pc2_j)}, where {@code m} counts all statement columns and {@code V_i} is the participant's
   * non-null cells of the rating matrix, i.e. their votes on included statements plus every
   * excluded statement (a zero cell for everybody).
   *
   * @return {@code [x0, y0, x1, y1, …]}, two doubles per participant row
   */
  public static double[] participants(VoteMatrix x, PcaResult pca) {
    try (Workers workers = new Workers(1)) {
      return participants(x, pca, workers);
    }
  }

  static double[] participants(VoteMatrix x, PcaResult pca, Workers workers) {
    int n = x.participants();
    int excluded = x.excludedCount();
    double[] mu = pca.centre();
    double[] pc1 = pca.pc1();
    double[] pc2 = pca.pc2();
    double[] out = new double[2 * n];
    int[] bounds = SparsePca.rowBoundsByVotes(x, 16);
    workers.forEach(16, c -> project(x, mu, pc1, pc2, excluded, bounds[c], bounds[c + 1], out));
    return out;
  }

  private static void project(
      VoteMatrix x,
      double[] mu,
      double[] pc1,
      double[] pc2,
      int excluded,
      int from,
      int to,
      double[] out) {
    double root = Math.sqrt(x.statements());
    char[] cols = x.columnArray();
    byte[] vals = x.valueArray();
    int[] rowStart = x.rowStartArray();
    // centred[3j + v + 1] = v − μ_j, or 0 for an excluded statement (it adds no cell here).
    double[] centred = new double[3 * mu.length];
    boolean[] counts = new boolean[mu.length];
    for (int j = 0; j < mu.length; j++) {
      counts[j] = !x.excluded(j);
      if (counts[j]) {
        for (int v = -1; v <= 1; v++) {
          centred[3 * j + v + 1] = v - mu[j];
        }
      }
    }
    for (int r = from; r < to; r++) {
      projectRow(
          cols,
          vals,
          rowStart[r],
          rowStart[r + 1],
          centred,
          counts,
          pc1,
          pc2,
          excluded,
          root,
          out,
          r);
    }
  }

  private static void projectRow(
      char[] cols,
      byte[] vals,
      int from,
      int to,
      double[] centred,
      boolean[] counts,
      double[] pc1,
      double[] pc2,
      int excluded,
      double root,
      double[] out,
      int r) {
    double a = 0;
    double b = 0;
    int cells = excluded;
    for (int k = from; k < to; k++) {
      int j = cols[k];
      double d = centred[3 * j + vals[k] + 1];
      a += d * pc1[j];
      b += d * pc2[j];
      if (counts[j]) {
        cells++;
      }
    }
    double scale = root / Math.sqrt(Math.max(cells, 1));
    out[2 * r] = scale * a;
    out[2 * r + 1] = scale * b;
  }

  /**
   * Extremity of every statement: the length of the projection of a virtual participant who cast a
   * single agree vote on it, {@code sqrt(m)·|1 − μ_j|·sqrt(pc1_j² + pc2_j²)}; 0 for excluded
   * statements.
   */
  public static double[] extremity(VoteMatrix x, PcaResult pca) {
    int m = x.statements();
    double[] e = new double[m];
    double root = Math.sqrt(m);
    for (int j = 0; j < m; j++) {
      if (x.excluded(j)) {
        continue;
      }
      double d = VoteMatrix.AGREE - pca.centre()[j];
      e[j] = root * Math.abs(d) * Math.hypot(pca.pc1()[j], pca.pc2()[j]);
    }
    return e;
  }
}
