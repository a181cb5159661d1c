package se.trygghetsdialog.opinion.clustering;

import java.util.List;

/**
 * Everything one update of the opinion map produces.
 *
 * @param pca the principal components
 * @param projection {@code [x0, y0, x1, y1, …]} per participant row (every participant)
 * @param clustered per row: clustered ("in conversation")
 * @param base the base clusters over the clustered participants (points in row order)
 * @param group per row: opinion group index 0..groupCount−1, or −1 if not clustered
 * @param groupCount number of published groups
 * @param silhouetteByK silhouette per candidate k of this update
 * @param tallies per group and statement vote counts
 * @param repness per group: representative statements
 * @param consensus consensus statements over all participants
 * @param groupAwareConsensusAgree per statement column
 * @param groupAwareConsensusDisagree per statement column
 * @param extremity per statement column
 * @param priority per statement column, for next-statement routing
 * @param timings wall-clock milliseconds per stage
 * @param state to pass to the next update
 */
public record OpinionResult(
    PcaResult pca,
    double[] projection,
    boolean[] clustered,
    KMeans.Result base,
    int[] group,
    int groupCount,
    java.util.Map<Integer, Double> silhouetteByK,
    GroupTallies tallies,
    List<List<Repness.Statement>> repness,
    Consensus.Lists consensus,
    double[] groupAwareConsensusAgree,
    double[] groupAwareConsensusDisagree,
    double[] extremity,
    double[] priority,
    Timings timings,
    OpinionState state) {

  /** Wall-clock milliseconds per stage. */
  public record Timings(
      double pca, double projection, double base, double groups, double repness, double total) {}
}
