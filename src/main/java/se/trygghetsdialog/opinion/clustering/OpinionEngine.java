package se.trygghetsdialog.opinion.clustering;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;

/**
 * Runs one full update of the opinion map: inclusion, PCA, projections, base clusters, groups,
 * tallies, representativeness, consensus and priorities (§1.2–1.10). Thread-safe and stateless; the
 * cross-update state is passed in and returned explicitly.
 */
@RequiredArgsConstructor
public final class OpinionEngine {

  private final OpinionConfig config;

  public OpinionConfig config() {
    return config;
  }

  /** Cold computation. */
  public OpinionResult compute(VoteMatrix x) {
    return compute(x, OpinionState.empty());
  }

  /**
   * Computes the opinion map, warm-starting from {@code previous}.
   *
   * @param previous state returned by the previous update, or {@link OpinionState#empty()}
   */
  public OpinionResult compute(VoteMatrix x, OpinionState previous) {
    try (Workers workers = new Workers(config.threads())) {
      long t0 = System.nanoTime();
      int n = x.participants();
      int m = x.statements();

      boolean[] wasIn = new boolean[n];
      for (int r = 0; r < n; r++) {
        wasIn[r] = Arrays.binarySearch(previous.clusteredIds(), x.participantId(r)) >= 0;
      }
      boolean[] in = Inclusion.inConversation(x, wasIn, config);

      double[][] fused = new double[1][];
      // An approximate warm tick is allowed until exactTickEvery of them ran in a row.
      boolean approximateAllowed = previous.approximateTicks() < config.exactTickEvery();
      PcaResult pca =
          SparsePca.compute(x, config, warmBasis(x, previous), workers, fused, approximateAllowed);
      long t1 = System.nanoTime();
      double[] proj = fused[0] != null ? fused[0] : Projections.participants(x, pca, workers);
      long t2 = System.nanoTime();

      int clustered = 0;
      for (boolean b : in) {
        if (b) {
          clustered++;
        }
      }
      int[] rowOfPoint = new int[clustered];
      double[] px = new double[clustered];
      double[] py = new double[clustered];
      int[] prevBase = new int[clustered];
      int p = 0;
      for (int r = 0; r < n; r++) {
        if (in[r]) {
          rowOfPoint[p] = r;
          px[p] = proj[2 * r];
          py[p] = proj[2 * r + 1];
          int i = Arrays.binarySearch(previous.baseIds(), x.participantId(r));
          prevBase[p] = i >= 0 ? previous.baseClusterOf()[i] : -1;
          p++;
        }
      }
      KMeans.Result base = BaseClustering.cluster(px, py, prevBase, config, workers);
      long t3 = System.nanoTime();

      GroupClustering.Outcome groups =
          GroupClustering.cluster(
              base.cx(),
              base.cy(),
              base.weight(),
              previous.groupCentres(),
              previous.smoother(),
              config);
      int[] group = new int[n];
      Arrays.fill(group, -1);
      int groupCount = groups.groups().size();
      for (int q = 0; q < clustered; q++) {
        group[rowOfPoint[q]] = groups.groups().assignment()[base.assignment()[q]];
      }
      long t4 = System.nanoTime();

      GroupTallies[] counted = GroupTallies.count(x, group, groupCount, workers);
      GroupTallies tallies = counted[0];
      List<List<Repness.Statement>> repness = Repness.select(x, tallies, config);
      Consensus.Lists consensus = Consensus.compute(x, counted[1], config);
      double[] gacA = new double[m];
      double[] gacD = new double[m];
      for (int j = 0; j < m; j++) {
        gacA[j] = tallies.groupAwareConsensusAgree(j);
        gacD[j] = tallies.groupAwareConsensusDisagree(j);
      }
      double[] extremity = Projections.extremity(x, pca);
      double[] priority = Priority.all(x, tallies, extremity);
      long t5 = System.nanoTime();

      OpinionState next =
          nextState(
              x,
              in,
              rowOfPoint,
              base,
              pca,
              groups.centresByK(),
              groups,
              previous.approximateTicks());
      OpinionResult.Timings timings =
          new OpinionResult.Timings(
              ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t0, t5));
      return new OpinionResult(
          pca,
          proj,
          in,
          base,
          group,
          groupCount,
          groups.silhouetteByK(),
          tallies,
          repness,
          consensus,
          gacA,
          gacD,
          extremity,
          priority,
          timings,
          next);
    }
  }

  private static double ms(long from, long to) {
    return (to - from) / 1e6;
  }

  /** The previous Ritz vectors re-indexed to this matrix's columns; new statements get 1. */
  private static double[][] warmBasis(VoteMatrix x, OpinionState previous) {
    if (previous.pcaBasis().length == 0) {
      return null;
    }
    VoteMatrix.LongIndex index = new VoteMatrix.LongIndex();
    long[] ids = previous.statementIds();
    for (int j = 0; j < ids.length; j++) {
      index.put(ids[j], j);
    }
    int m = x.statements();
    int[] old = new int[m];
    for (int j = 0; j < m; j++) {
      old[j] = index.get(x.statementId(j));
    }
    double[][] out = new double[previous.pcaBasis().length][m];
    for (int k = 0; k < out.length; k++) {
      for (int j = 0; j < m; j++) {
        out[k][j] = old[j] >= 0 ? previous.pcaBasis()[k][old[j]] : 1.0;
      }
    }
    return out;
  }

  private static OpinionState nextState(
      VoteMatrix x,
      boolean[] in,
      int[] rowOfPoint,
      KMeans.Result base,
      PcaResult pca,
      Map<Integer, double[][]> centresByK,
      GroupClustering.Outcome groups,
      int approximateTicks) {
    long[] statementIds = new long[x.statements()];
    for (int j = 0; j < statementIds.length; j++) {
      statementIds[j] = x.statementId(j);
    }
    int c = 0;
    for (boolean b : in) {
      if (b) {
        c++;
      }
    }
    long[] clustered = new long[c];
    c = 0;
    for (int r = 0; r < in.length; r++) {
      if (in[r]) {
        clustered[c++] = x.participantId(r);
      }
    }
    Arrays.sort(clustered);
    long[] keyed = new long[rowOfPoint.length];
    long[] ids = new long[rowOfPoint.length];
    Integer[] order = new Integer[rowOfPoint.length];
    for (int q = 0; q < rowOfPoint.length; q++) {
      ids[q] = x.participantId(rowOfPoint[q]);
      order[q] = q;
    }
    Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
    int[] baseOf = new int[rowOfPoint.length];
    for (int q = 0; q < order.length; q++) {
      keyed[q] = ids[order[q]];
      baseOf[q] = base.ids()[base.assignment()[order[q]]];
    }
    return new OpinionState(
        statementIds,
        pca.ritzBasis(),
        clustered,
        keyed,
        baseOf,
        Map.copyOf(centresByK),
        groups.smoother(),
        pca.approximate() ? approximateTicks + 1 : 0);
  }
}
