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
    int n = x.participants();
    int m = x.statements();
    int excluded = x.excludedCount();
    double[] mu = pca.centre();
    double[] pc1 = pca.pc1();
    double[] pc2 = pca.pc2();
    double[] out = new double[2 * n];
    for (int r = 0; r < n; r++) {
      double a = 0;
      double b = 0;
      int cells = excluded;
      for (int k = x.rowStart(r); k < x.rowEnd(r); k++) {
        int j = x.column(k);
        if (x.excluded(j)) {
          continue;
        }
        cells++;
        double d = x.value(k) - mu[j];
        a += d * pc1[j];
        b += d * pc2[j];
      }
      double scale = Math.sqrt((double) m / Math.max(cells, 1));
      out[2 * r] = scale * a;
      out[2 * r + 1] = scale * b;
    }
    return out;
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
