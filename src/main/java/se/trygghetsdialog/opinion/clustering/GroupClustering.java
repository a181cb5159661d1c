package se.trygghetsdialog.opinion.clustering;

import java.util.Map;
import java.util.TreeMap;

/**
 * Opinion groups (§1.6): weighted k-means over the base-cluster centres for every candidate k, the
 * silhouette to pick the best k, and the k-smoother that publishes a new k only after it won {@code
 * kSmootherBuffer} updates in a row.
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
    Smoother next = smoother.next(bestK, config.kSmootherBuffer(), byK.keySet());
    return new Outcome(next.smoothedK(), byK.get(next.smoothedK()), centres, sil, next);
  }

  static KMeans.Result clusterK(
      double[] bx, double[] by, double[] w, int k, double[][] previous, OpinionConfig config) {
    int steps = config.groupIterations() + 1;
    double tol = config.centreTolerance();
    if (previous != null && previous[0].length > 0) {
      return KMeans.run(
          bx, by, w, ids(previous[0].length), previous[0], previous[1], null, steps, tol, null);
    }
    double[][] a = KMeans.firstDistinct(bx, by, k);
    KMeans.Result ra = KMeans.run(bx, by, w, ids(a[0].length), a[0], a[1], null, steps, tol, null);
    double[][] f = KMeans.farthestPoint(bx, by, w, k);
    KMeans.Result rf = KMeans.run(bx, by, w, ids(f[0].length), f[0], f[1], null, steps, tol, null);
    // Deterministic restarts: keep the lower weighted inertia (first-distinct wins ties).
    return rf.inertia(bx, by, w) < ra.inertia(bx, by, w) - 1e-12 ? rf : ra;
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
