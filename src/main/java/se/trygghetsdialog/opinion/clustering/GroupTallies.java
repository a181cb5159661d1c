package se.trygghetsdialog.opinion.clustering;

/**
 * Per group and statement: agrees {@code A}, disagrees {@code D} and votes {@code S} (passes
 * included) of the group's members, counted over all statements including excluded ones (§1.7).
 */
public record GroupTallies(int groups, int statements, int[] agree, int[] disagree, int[] seen) {

  /** Counts the votes of the clustered participants; {@code group[row]} is −1 if not clustered. */
  public static GroupTallies count(VoteMatrix x, int[] group, int groups) {
    int m = x.statements();
    int[] a = new int[groups * m];
    int[] d = new int[groups * m];
    int[] s = new int[groups * m];
    for (int r = 0; r < x.participants(); r++) {
      int g = group[r];
      if (g < 0) {
        continue;
      }
      int base = g * m;
      for (int k = x.rowStart(r); k < x.rowEnd(r); k++) {
        int j = base + x.column(k);
        byte v = x.value(k);
        s[j]++;
        if (v == VoteMatrix.AGREE) {
          a[j]++;
        } else if (v == VoteMatrix.DISAGREE) {
          d[j]++;
        }
      }
    }
    return new GroupTallies(groups, m, a, d, s);
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
