package se.trygghetsdialog.opinion.clustering;

import java.util.ArrayList;
import java.util.List;

/** Consensus statements over all participants (§1.9). */
public final class Consensus {

  private Consensus() {}

  /**
   * Statements for the consensus lists.
   *
   * @param agree columns with {@code pa > 0.5 ∧ pat > z}, by {@code pa·pat} descending
   * @param disagree the same for disagreement
   */
  public record Lists(int[] agree, int[] disagree) {}

  /** Computes both lists over every participant's votes; excluded statements are skipped. */
  public static Lists compute(VoteMatrix x, OpinionConfig config) {
    int[] everyone = new int[x.participants()];
    return compute(x, GroupTallies.count(x, everyone, 1), config);
  }

  /** Computes both lists from the tallies of all participants as one group. */
  static Lists compute(VoteMatrix x, GroupTallies everyone, OpinionConfig config) {
    int m = x.statements();
    long[] na = new long[m];
    long[] nd = new long[m];
    long[] ns = new long[m];
    for (int j = 0; j < m; j++) {
      na[j] = everyone.agree(0, j);
      nd[j] = everyone.disagree(0, j);
      ns[j] = everyone.seen(0, j);
    }
    return new Lists(top(x, na, ns, config), top(x, nd, ns, config));
  }

  private static int[] top(VoteMatrix x, long[] success, long[] ns, OpinionConfig config) {
    List<double[]> candidates = new ArrayList<>();
    for (int j = 0; j < x.statements(); j++) {
      if (x.excluded(j)) {
        continue;
      }
      double p = Stats.pseudoProportion(success[j], ns[j]);
      double z = Stats.proportionZ(success[j], ns[j]);
      if (p > 0.5 && z > config.significanceZ()) {
        candidates.add(new double[] {j, p * z});
      }
    }
    candidates.sort((a, b) -> Double.compare(b[1], a[1]));
    int n = Math.min(config.consensusPerDirection(), candidates.size());
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) candidates.get(i)[0];
    }
    return out;
  }
}
