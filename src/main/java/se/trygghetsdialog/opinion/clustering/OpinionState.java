package se.trygghetsdialog.opinion.clustering;

import java.util.Map;

/**
 * What one update hands to the next (§1.11), keyed by external ids so that rows and columns may be
 * reordered or appended between updates. Immutable by convention; produced by {@link
 * OpinionEngine}.
 *
 * @param statementIds statement ids the PCA warm-start vectors are indexed by
 * @param pcaBasis leading Ritz vectors of the previous PCA (first two are the components)
 * @param clusteredIds sorted ids of participants clustered so far (membership is monotone)
 * @param baseIds sorted ids of participants with a base cluster
 * @param baseClusterOf base-cluster id of {@code baseIds[i]}
 * @param groupCentres per candidate k: group centres {@code {cx, cy}} of the previous clustering
 * @param smoother the k-smoother
 * @param approximateTicks approximate warm ticks since the last exact one (an exact tick is forced
 *     when this reaches {@link OpinionConfig#exactTickEvery})
 */
public record OpinionState(
    long[] statementIds,
    double[][] pcaBasis,
    long[] clusteredIds,
    long[] baseIds,
    int[] baseClusterOf,
    Map<Integer, double[][]> groupCentres,
    GroupClustering.Smoother smoother,
    int approximateTicks) {

  /** A state after an exact tick. */
  public OpinionState(
      long[] statementIds,
      double[][] pcaBasis,
      long[] clusteredIds,
      long[] baseIds,
      int[] baseClusterOf,
      Map<Integer, double[][]> groupCentres,
      GroupClustering.Smoother smoother) {
    this(statementIds, pcaBasis, clusteredIds, baseIds, baseClusterOf, groupCentres, smoother, 0);
  }

  /** The state before the first update (a cold start). */
  public static OpinionState empty() {
    return new OpinionState(
        new long[0],
        new double[0][],
        new long[0],
        new long[0],
        new int[0],
        Map.of(),
        GroupClustering.Smoother.initial(),
        0);
  }
}
