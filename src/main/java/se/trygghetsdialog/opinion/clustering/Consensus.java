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
    int m = x.statements();
    long[] na = new long[m];
    long[] nd = new long[m];
    long[] ns = new long[m];
    for (long k = 0; k < x.votes(); k++) {
      int j = x.column((int) k);
      byte v = x.value((int) k);
      ns[j]++;
      if (v == VoteMatrix.AGREE) {
        na[j]++;
      } else if (v == VoteMatrix.DISAGREE) {
        nd[j]++;
      }
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
