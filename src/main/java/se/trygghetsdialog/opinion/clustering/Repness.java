package se.trygghetsdialog.opinion.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Representative statements per group (§1.8). */
public final class Repness {

  private Repness() {}

  /**
   * One representative statement of a group.
   *
   * @param column statement column
   * @param agree {@code true} if the group is distinguished by agreeing, else by disagreeing
   * @param successes agrees (or disagrees) in the group
   * @param trials votes of the group on the statement, passes included
   * @param pSuccess {@code (successes + 1)/(trials + 2)}
   * @param pTest one-proportion z of the successes
   * @param repness ratio of {@code pSuccess} to the same proportion among the other groups
   * @param repnessTest two-proportion z of the group against the other groups
   * @param bestAgree the statement was chosen as the group's best agreement
   */
  public record Statement(
      int column,
      boolean agree,
      long successes,
      long trials,
      double pSuccess,
      double pTest,
      double repness,
      double repnessTest,
      boolean bestAgree) {

    /** Ranking metric {@code repness · repnessTest · pSuccess · pTest}. */
    public double metric() {
      return repness * repnessTest * pSuccess * pTest;
    }
  }

  /** All the statistics of one (group, statement) pair. */
  record Cell(
      int column,
      long na,
      long nd,
      long ns,
      double pa,
      double pd,
      double pat,
      double pdt,
      double ra,
      double rd,
      double rat,
      double rdt) {

    static Cell of(int column, long na, long nd, long ns, long naR, long ndR, long nsR) {
      double pa = Stats.pseudoProportion(na, ns);
      double pd = Stats.pseudoProportion(nd, ns);
      return new Cell(
          column,
          na,
          nd,
          ns,
          pa,
          pd,
          Stats.proportionZ(na, ns),
          Stats.proportionZ(nd, ns),
          pa / Stats.pseudoProportion(naR, nsR),
          pd / Stats.pseudoProportion(ndR, nsR),
          Stats.twoProportionZ(na, naR, ns, nsR),
          Stats.twoProportionZ(nd, ndR, ns, nsR));
    }

    Statement finalise(boolean bestAgree) {
      boolean agree = bestAgree || rat > rdt;
      return agree
          ? new Statement(column, true, na, ns, pa, pat, ra, rat, bestAgree)
          : new Statement(column, false, nd, ns, pd, pdt, rd, rdt, false);
    }
  }

  /**
   * Selects the representative statements of every group.
   *
   * @return per group index: at most {@code repnessPerGroup} statements, agrees first
   */
  public static List<List<Statement>> select(VoteMatrix x, GroupTallies t, OpinionConfig config) {
    List<List<Statement>> out = new ArrayList<>();
    int m = x.statements();
    for (int g = 0; g < t.groups(); g++) {
      List<Cell> cells = new ArrayList<>();
      for (int j = 0; j < m; j++) {
        if (x.excluded(j)) {
          continue;
        }
        long na = t.agree(g, j);
        long nd = t.disagree(g, j);
        long ns = t.seen(g, j);
        long naR = 0;
        long ndR = 0;
        long nsR = 0;
        for (int h = 0; h < t.groups(); h++) {
          if (h != g) {
            naR += t.agree(h, j);
            ndR += t.disagree(h, j);
            nsR += t.seen(h, j);
          }
        }
        cells.add(Cell.of(j, na, nd, ns, naR, ndR, nsR));
      }
      out.add(selectForGroup(cells, config));
    }
    return out;
  }

  /** Polis's selection over one group's cells, scanned in column order. */
  static List<Statement> selectForGroup(List<Cell> cells, OpinionConfig config) {
    double z = config.significanceZ();
    List<Statement> sufficient = new ArrayList<>();
    Cell best = null;
    Cell bestAgree = null;
    for (Cell c : cells) {
      boolean passes = (c.pat() > z && c.rat() > z) || (c.pdt() > z && c.rdt() > z);
      if (passes) {
        sufficient.add(c.finalise(false));
      } else if (sufficient.isEmpty()
          && (best == null || Math.max(c.rat(), c.rdt()) > Math.max(best.rat(), best.rdt()))) {
        best = c;
      }
      if (c.na() == 0 && c.nd() == 0) {
        continue;
      }
      if (bestAgree != null && bestAgree.ra() > 1) {
        if (c.ra() * c.rat() * c.pa() * c.pat()
            > bestAgree.ra() * bestAgree.rat() * bestAgree.pa() * bestAgree.pat()) {
          bestAgree = c;
        }
      } else if (bestAgree != null) {
        if (c.pa() * c.pat() > bestAgree.pa() * bestAgree.pat()) {
          bestAgree = c;
        }
      } else if (c.pat() > z || (c.ra() > 1 && c.pa() > 0.5)) {
        bestAgree = c;
      }
    }
    List<Statement> result = new ArrayList<>();
    if (sufficient.isEmpty()) {
      if (bestAgree != null) {
        result.add(bestAgree.finalise(true));
      } else if (best != null) {
        result.add(best.finalise(false));
      }
      return result;
    }
    final Cell ba = bestAgree;
    List<Statement> ranked = new ArrayList<>();
    for (Statement s : sufficient) {
      if (ba == null || s.column() != ba.column()) {
        ranked.add(s);
      }
    }
    ranked.sort(Comparator.comparingDouble(Statement::metric).reversed());
    if (ba != null) {
      result.add(ba.finalise(true));
    }
    result.addAll(ranked);
    List<Statement> top =
        new ArrayList<>(result.subList(0, Math.min(config.repnessPerGroup(), result.size())));
    List<Statement> agreesFirst = new ArrayList<>();
    for (Statement s : top) {
      if (s.agree()) {
        agreesFirst.add(s);
      }
    }
    for (Statement s : top) {
      if (!s.agree()) {
        agreesFirst.add(s);
      }
    }
    return agreesFirst;
  }
}
