package se.trygghetsdialog.opinion.clustering;

import java.util.function.IntPredicate;

/** Statement priorities and weighted next-statement routing (§1.10). */
public final class Priority {

  /** Priority of a meta statement. */
  public static final double META_PRIORITY = 49;

  private Priority() {}

  /**
   * Priority of one statement from its tallies summed over the groups: with passes {@code P = S − A
   * − D}, {@code p = (P+1)/(S+2)}, {@code a = (A+1)/(S+2)} and {@code importance = (1−p)·(E+1)·a},
   * the priority is {@code (importance·(1 + 8·2^(−S/5)))²}; a meta statement gets 49.
   */
  public static double of(long agree, long disagree, long seen, double extremity, boolean meta) {
    if (meta) {
      return META_PRIORITY;
    }
    long passes = seen - agree - disagree;
    double p = Stats.pseudoProportion(passes, seen);
    double a = Stats.pseudoProportion(agree, seen);
    double importance = (1 - p) * (extremity + 1) * a;
    double boost = 1 + 8 * Math.pow(2, -seen / 5.0);
    double v = importance * boost;
    return v * v;
  }

  /** Priorities of every statement from the current group tallies. */
  public static double[] all(VoteMatrix x, GroupTallies t, double[] extremity) {
    double[] out = new double[x.statements()];
    for (int j = 0; j < out.length; j++) {
      long a = 0;
      long d = 0;
      long s = 0;
      for (int g = 0; g < t.groups(); g++) {
        a += t.agree(g, j);
        d += t.disagree(g, j);
        s += t.seen(g, j);
      }
      out[j] = of(a, d, s, extremity[j], x.meta(j));
    }
    return out;
  }

  /**
   * Picks the next statement for a participant: among the columns accepted by {@code eligible} (not
   * yet voted on, not excluded), each weighted by its priority or by 1 when the priority is missing
   * or 0, the first whose cumulative weight exceeds {@code r · total}.
   *
   * @param uniform a number in {@code [0, 1)}
   * @return the chosen column, or −1 if none is eligible
   */
  public static int pickNext(
      double[] priority, IntPredicate eligible, int statements, double uniform) {
    double total = 0;
    for (int j = 0; j < statements; j++) {
      if (eligible.test(j)) {
        total += weight(priority, j);
      }
    }
    if (total == 0) {
      return -1;
    }
    double r = uniform * total;
    double cumulative = 0;
    int last = -1;
    for (int j = 0; j < statements; j++) {
      if (eligible.test(j)) {
        cumulative += weight(priority, j);
        last = j;
        if (cumulative > r) {
          return j;
        }
      }
    }
    return last;
  }

  private static double weight(double[] priority, int j) {
    double p = priority == null || j >= priority.length ? 0 : priority[j];
    return p == 0 || Double.isNaN(p) ? 1 : p;
  }
}
