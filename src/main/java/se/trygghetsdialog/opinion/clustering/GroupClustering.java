package se.trygghetsdialog.opinion.clustering;

import java.util.Map;
import java.util.TreeMap;

/**
 * Opinion groups (§1.6): weighted k-means over the base-cluster centres for every candidate k, the
 * silhouette to pick the best k, and the k-smoother that publishes a new k only after it won {@code
 * kSmootherBuffer} updates in a row.
 *
 * <p>Our addition: every group holds at least {@link OpinionConfig#minGroupWeight} participants. A
 * k whose clustering isolates a handful of outlying participants is clustered again without them
 * (they then join their nearest group); a k for which that fails is not a candidate.
 */
public final class GroupClustering {

  private GroupClustering() {}

  /** State of the k-smoother carried between updates. */
  public record Smoother(int lastK, int lastKCount, int smoothedK) {

    /** The state before the first update. */
    public static Smoother initial() {
      return new Smoother(0, 0, 0);
    }

    /**
     * Feeds this update's best k.
     *
     * @param candidates the k values clustered in this update; a stale smoothed k outside them is
     *     replaced by {@code thisK}
     */
    public Smoother next(int thisK, int buffer, java.util.Set<Integer> candidates) {
      int count = thisK == lastK ? lastKCount + 1 : 1;
      int smoothed;
      if (count >= buffer) {
        smoothed = thisK;
      } else if (smoothedK > 0 && candidates.contains(smoothedK)) {
        smoothed = smoothedK;
      } else {
        smoothed = thisK;
      }
      return new Smoother(thisK, count, smoothed);
    }
  }

  /** Largest candidate k for {@code baseClusters} points: {@code min(maxK, 2 + ⌊nb/12⌋)}. */
  public static int maxCandidateK(int baseClusters, int maxK) {
    return Math.min(maxK, 2 + baseClusters / 12);
  }

  /**
   * Mean silhouette of a labelling, with Euclidean distances and unweighted points; a point alone
   * in its cluster scores 0.
   */
  public static double silhouette(double[] px, double[] py, int[] label, int k) {
    int n = px.length;
    if (n == 0) {
      return 0;
    }
    int[] size = new int[k];
    for (int l : label) {
      size[l]++;
    }
    double total = 0;
    double[] sum = new double[k];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(sum, 0);
      for (int j = 0; j < n; j++) {
        if (i != j) {
          sum[label[j]] += KMeans.dist(px[i], py[i], px[j], py[j]);
        }
      }
      int own = label[i];
      if (size[own] <= 1) {
        continue;
      }
      double a = sum[own] / (size[own] - 1);
      double b = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (c != own && size[c] > 0) {
          b = Math.min(b, sum[c] / size[c]);
        }
      }
      if (b == Double.POSITIVE_INFINITY) {
        continue;
      }
      double denom = Math.max(a, b);
      total += denom == 0 ? 0 : (b - a) / denom;
    }
    return total / n;
  }

  /** Outcome of one update of the group clustering. */
  public record Outcome(
      int chosenK,
      KMeans.Result groups,
      Map<Integer, double[][]> centresByK,
      Map<Integer, Double> silhouetteByK,
      Smoother smoother) {}

  /**
   * Clusters the base-cluster centres into groups.
   *
   * @param previousCentres per k: the previous clustering's centres {@code {cx, cy}} (warm start);
   *     may be empty
   */
  public static Outcome cluster(
      double[] bx,
      double[] by,
      double[] weight,
      Map<Integer, double[][]> previousCentres,
      Smoother smoother,
      OpinionConfig config) {
    int nb = bx.length;
    Map<Integer, KMeans.Result> byK = new TreeMap<>();
    Map<Integer, Double> sil = new TreeMap<>();
    Map<Integer, double[][]> centres = new TreeMap<>();
    if (nb < 2) {
      KMeans.Result single = singleGroup(bx, by, weight);
      return new Outcome(1, single, centres, sil, smoother);
    }
    int maxK = maxCandidateK(nb, config.maxGroupK());
    int bestK = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 2; k <= maxK; k++) {
      KMeans.Result r = clusterK(bx, by, weight, k, previousCentres.get(k), config);
      if (r == null) {
        continue;
      }
      byK.put(k, r);
      centres.put(k, new double[][] {r.cx().clone(), r.cy().clone()});
      double s = silhouette(bx, by, r.assignment(), r.size());
      sil.put(k, s);
      // Ties go to the larger k, as in Polis.
      if (s >= bestScore) {
        bestScore = s;
        bestK = k;
      }
    }
    if (byK.isEmpty()) {
      KMeans.Result single = singleGroup(bx, by, weight);
      return new Outcome(1, single, centres, sil, smoother);
    }
    Smoother next = smoother.next(bestK, config.kSmootherBuffer(), byK.keySet());
    return new Outcome(next.smoothedK(), byK.get(next.smoothedK()), centres, sil, next);
  }

  /**
   * Clusters for one k, or {@code null} if no clustering into groups of at least {@link
   * OpinionConfig#minGroupWeight} participants was found. A group below that size is a handful of
   * outlying participants: they are set aside, the others are clustered again, and the set-aside
   * points join their nearest group.
   */
  static KMeans.Result clusterK(
      double[] bx, double[] by, double[] w, int k, double[][] previous, OpinionConfig config) {
    int steps = config.groupIterations() + 1;
    double tol = config.centreTolerance();
    int nb = bx.length;
    double total = 0;
    for (double v : w) {
      total += v;
    }
    double min = config.minGroupWeight(total);
    if (previous != null && previous[0].length > 0) {
      KMeans.Result warm =
          KMeans.run(
              bx, by, w, ids(previous[0].length), previous[0], previous[1], null, steps, tol, null);
      if (smallest(warm) >= min) {
        return warm;
      }
    }
    boolean[] aside = new boolean[nb];
    double asideWeight = 0;
    while (true) {
      int kept = 0;
      for (boolean a : aside) {
        kept += a ? 0 : 1;
      }
      double[] sx = new double[kept];
      double[] sy = new double[kept];
      double[] sw = new double[kept];
      int[] index = new int[kept];
      for (int i = 0, q = 0; i < nb; i++) {
        if (!aside[i]) {
          sx[q] = bx[i];
          sy[q] = by[i];
          sw[q] = w[i];
          index[q++] = i;
        }
      }
      KMeans.Result r = coldStarts(sx, sy, sw, k, steps, tol, min);
      if (r == null) {
        return null;
      }
      if (smallest(r) >= min) {
        return kept == nb ? r : withAsideJoined(bx, by, w, index, r);
      }
      boolean more = false;
      for (int q = 0; q < kept; q++) {
        if (r.weight()[r.assignment()[q]] < min) {
          aside[index[q]] = true;
          asideWeight += w[index[q]];
          more = true;
        }
      }
      if (!more || asideWeight > total / 2) {
        return null;
      }
    }
  }

  /**
   * Deterministic restarts from first-distinct and weighted farthest-point centres: the lowest
   * weighted inertia among the runs whose groups all hold {@code min}, else among all runs
   * (first-distinct wins ties); {@code null} for no points.
   */
  private static KMeans.Result coldStarts(
      double[] bx, double[] by, double[] w, int k, int steps, double tol, double min) {
    if (bx.length == 0) {
      return null;
    }
    double[][] a = KMeans.firstDistinct(bx, by, k);
    KMeans.Result ra = KMeans.run(bx, by, w, ids(a[0].length), a[0], a[1], null, steps, tol, null);
    double[][] f = KMeans.farthestPoint(bx, by, w, k);
    KMeans.Result rf = KMeans.run(bx, by, w, ids(f[0].length), f[0], f[1], null, steps, tol, null);
    boolean aBig = smallest(ra) >= min;
    boolean fBig = smallest(rf) >= min;
    if (aBig != fBig) {
      return aBig ? ra : rf;
    }
    return rf.inertia(bx, by, w) < ra.inertia(bx, by, w) - 1e-12 ? rf : ra;
  }

  private static double smallest(KMeans.Result r) {
    double s = Double.POSITIVE_INFINITY;
    for (double v : r.weight()) {
      s = Math.min(s, v);
    }
    return s;
  }

  /**
   * The clustering {@code r} of the points {@code index} extended to every point: each point set
   * aside joins its nearest centre (lowest index on ties); centres stay those of the clustered
   * points, weights count every point.
   */
  private static KMeans.Result withAsideJoined(
      double[] bx, double[] by, double[] w, int[] index, KMeans.Result r) {
    int[] assignment = new int[bx.length];
    java.util.Arrays.fill(assignment, -1);
    for (int q = 0; q < index.length; q++) {
      assignment[index[q]] = r.assignment()[q];
    }
    double[] weight = new double[r.size()];
    for (int i = 0; i < bx.length; i++) {
      if (assignment[i] < 0) {
        int best = 0;
        double bd = Double.POSITIVE_INFINITY;
        for (int c = 0; c < r.size(); c++) {
          double d = KMeans.dist(bx[i], by[i], r.cx()[c], r.cy()[c]);
          if (d < bd) {
            bd = d;
            best = c;
          }
        }
        assignment[i] = best;
      }
      weight[assignment[i]] += w[i];
    }
    return new KMeans.Result(r.ids(), r.cx(), r.cy(), weight, assignment);
  }

  private static int[] ids(int k) {
    int[] ids = new int[k];
    for (int i = 0; i < k; i++) {
      ids[i] = i;
    }
    return ids;
  }

  private static KMeans.Result singleGroup(double[] bx, double[] by, double[] w) {
    double sw = 0;
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < bx.length; i++) {
      sw += w[i];
      sx += w[i] * bx[i];
      sy += w[i] * by[i];
    }
    if (bx.length == 0) {
      return new KMeans.Result(new int[0], new double[0], new double[0], new double[0], new int[0]);
    }
    return new KMeans.Result(
        new int[] {0},
        new double[] {sw > 0 ? sx / sw : 0},
        new double[] {sw > 0 ? sy / sw : 0},
        new double[] {sw},
        new int[bx.length]);
  }
}
