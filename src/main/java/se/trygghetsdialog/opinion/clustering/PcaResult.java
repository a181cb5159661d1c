package se.trygghetsdialog.opinion.clustering;

/**
 * The two principal components of the centred rating matrix.
 *
 * @param centre per statement column: mean of the observed votes (0 for excluded statements)
 * @param pc1 first unit component, indexed by statement column
 * @param pc2 second unit component, orthogonal to {@code pc1}
 * @param eigenvalue1 largest eigenvalue of {@code XcᵀXc}
 * @param eigenvalue2 second eigenvalue
 * @param blockProducts number of sparse block products {@code XcᵀXc V} performed
 * @param converged whether both residuals met the tolerance within the product budget
 * @param ritzBasis the leading Ritz vectors (row per vector) kept to warm-start the next run
 * @param approximate whether a warm run stopped after its first block product because the residual
 *     was within the approximate-tick bound (the components are then the previous ones, rotated
 *     within their span by the Rayleigh–Ritz step on the new matrix)
 * @param warmResidual on a warm run: the larger residual {@code ||C u − θ u||} of the two
 *     components after the first block product, relative to {@code θ1}; NaN on a cold run
 */
public record PcaResult(
    double[] centre,
    double[] pc1,
    double[] pc2,
    double eigenvalue1,
    double eigenvalue2,
    int blockProducts,
    boolean converged,
    double[][] ritzBasis,
    boolean approximate,
    double warmResidual) {

  /** An exact result (not an approximate warm tick). */
  public PcaResult(
      double[] centre,
      double[] pc1,
      double[] pc2,
      double eigenvalue1,
      double eigenvalue2,
      int blockProducts,
      boolean converged,
      double[][] ritzBasis) {
    this(
        centre,
        pc1,
        pc2,
        eigenvalue1,
        eigenvalue2,
        blockProducts,
        converged,
        ritzBasis,
        false,
        Double.NaN);
  }
}
