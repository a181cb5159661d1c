package se.trygghetsdialog.opinion.clustering;

/**
 * Per group and statement: agrees {@code A}, disagrees {@code D} and votes {@code S} (passes
 * included) of the group's members, counted over all statements including excluded ones (§1.7).
 */
public record GroupTallies(int groups, int statements, int[] agree, int[] disagree, int[] seen) {

  /** Counts the votes of the clustered participants; {@code group[row]} is −1 if not clustered. */
  public static GroupTallies count(VoteMatrix x, int[] group, int groups) {
    try (Workers workers = new Workers(1)) {
      return count(x, group, groups, workers)[0];
    }
  }

  /**
   * Counts in one parallel pass both the per-group tallies (element 0) and the tallies of all
   * participants as a single group (element 1, used by consensus).
   */
  static GroupTallies[] count(VoteMatrix x, int[] group, int groups, Workers workers) {
    int m = x.statements();
    int chunks = 8;
    int[] bounds = SparsePca.rowBoundsByVotes(x, chunks);
    int[][] partial = new int[chunks][];
    char[] cols = x.columnArray();
    byte[] vals = x.valueArray();
    workers.forEach(
        chunks,
        c -> {
          // Cell (g, j) holds [agree, disagree, seen] at 3(g·m + j); g = groups collects the
          // participants who are not clustered, so "everyone" is the sum over all g.
          int[] t = new int[3 * (groups + 1) * m];
          for (int r = bounds[c]; r < bounds[c + 1]; r++) {
            int g = group[r] < 0 ? groups : group[r];
            countRow(cols, vals, x.rowStart(r), x.rowEnd(r), 3 * g * m, t);
          }
          partial[c] = t;
        });
    int[] sum = new int[3 * (groups + 1) * m];
    for (int[] t : partial) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += t[i];
      }
    }
    int[][] byGroup = new int[3][groups * m];
    int[][] all = new int[3][m];
    for (int g = 0; g <= groups; g++) {
      for (int j = 0; j < m; j++) {
        for (int kind = 0; kind < 3; kind++) {
          int v = sum[3 * (g * m + j) + kind];
          all[kind][j] += v;
          if (g < groups) {
            byGroup[kind][g * m + j] = v;
          }
        }
      }
    }
    return new GroupTallies[] {
      new GroupTallies(groups, m, byGroup[0], byGroup[1], byGroup[2]),
      new GroupTallies(1, m, all[0], all[1], all[2])
    };
  }

  private static void countRow(char[] cols, byte[] vals, int from, int to, int base, int[] t) {
    for (int k = from; k < to; k++) {
      int o = base + 3 * cols[k];
      byte v = vals[k];
      t[o + 2]++;
      // agree (+1) → slot 0, disagree (−1) → slot 1, pass → nothing.
      if (v != 0) {
        t[o + ((1 - v) >> 1)]++;
      }
    }
  }

  public int agree(int g, int j) {
    return agree[g * statements + j];
  }

  public int disagree(int g, int j) {
    return disagree[g * statements + j];
  }

  public int seen(int g, int j) {
    return seen[g * statements + j];
  }

  /** Group-aware consensus for agreement: {@code Π_g (A_gj + 1)/(S_gj + 2)}. */
  public double groupAwareConsensusAgree(int j) {
    double p = 1;
    for (int g = 0; g < groups; g++) {
      p *= Stats.pseudoProportion(agree(g, j), seen(g, j));
    }
    return p;
  }

  /** Group-aware consensus for disagreement: {@code Π_g (D_gj + 1)/(S_gj + 2)}. */
  public double groupAwareConsensusDisagree(int j) {
    double p = 1;
    for (int g = 0; g < groups; g++) {
      p *= Stats.pseudoProportion(disagree(g, j), seen(g, j));
    }
    return p;
  }
}
