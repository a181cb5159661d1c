package se.trygghetsdialog.opinion.clustering;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Weighted k-means on 2-D points with stable cluster ids (§1.5).
 *
 * <p>Lloyd steps assign every point to its nearest centre (lowest index on ties), drop clusters
 * that became empty (so k can shrink) and move each centre to the weighted mean of its members; the
 * run stops when no centre moved more than the tolerance or the step budget is spent. Assignment
 * uses Hamerly's upper/lower distance bounds, so late iterations touch few points, and runs on a
 * fixed chunking so results do not depend on the thread count.
 */
public final class KMeans {

  private static final int CHUNKS = 16;

  private KMeans() {}

  /** Result of a k-means run: clusters in ascending id order and each point's cluster index. */
  public record Result(int[] ids, double[] cx, double[] cy, double[] weight, int[] assignment) {

    public int size() {
      return ids.length;
    }

    /** Weighted sum of squared distances of points to their centres. */
    public double inertia(double[] px, double[] py, double[] w) {
      double s = 0;
      for (int i = 0; i < px.length; i++) {
        int a = assignment[i];
        double dx = px[i] - cx[a];
        double dy = py[i] - cy[a];
        s += (w == null ? 1 : w[i]) * (dx * dx + dy * dy);
      }
      return s;
    }
  }

  /** Initial centres: the first {@code k} distinct points in order, with ids 0..k−1. */
  public static double[][] firstDistinct(double[] px, double[] py, int k) {
    Set<Long> seen = new HashSet<>();
    double[] cx = new double[k];
    double[] cy = new double[k];
    int c = 0;
    for (int i = 0; i < px.length && c < k; i++) {
      long key =
          Double.doubleToLongBits(px[i] + 0.0) * 0x9E3779B97F4A7C15L
              ^ Long.rotateLeft(Double.doubleToLongBits(py[i] + 0.0), 29);
      // The hash only short-cuts the common case; a hit is confirmed against the chosen centres.
      if (seen.add(key) || isNew(cx, cy, c, px[i], py[i])) {
        cx[c] = px[i];
        cy[c] = py[i];
        c++;
      }
    }
    return new double[][] {Arrays.copyOf(cx, c), Arrays.copyOf(cy, c)};
  }

  private static boolean isNew(double[] cx, double[] cy, int c, double x, double y) {
    for (int i = 0; i < c; i++) {
      if (cx[i] == x && cy[i] == y) {
        return false;
      }
    }
    return true;
  }

  /**
   * Deterministic weighted farthest-point initialisation: the heaviest point first, then repeatedly
   * the point maximising {@code weight · distance²} to its nearest chosen centre.
   */
  public static double[][] farthestPoint(double[] px, double[] py, double[] w, int k) {
    int n = px.length;
    double[] cx = new double[k];
    double[] cy = new double[k];
    if (n == 0) {
      return new double[][] {new double[0], new double[0]};
    }
    int first = 0;
    for (int i = 1; i < n; i++) {
      if (w[i] > w[first]) {
        first = i;
      }
    }
    cx[0] = px[first];
    cy[0] = py[first];
    double[] d2 = new double[n];
    Arrays.fill(d2, Double.POSITIVE_INFINITY);
    int c = 1;
    for (; c < k; c++) {
      int best = -1;
      double bestScore = 0;
      for (int i = 0; i < n; i++) {
        double dx = px[i] - cx[c - 1];
        double dy = py[i] - cy[c - 1];
        d2[i] = Math.min(d2[i], dx * dx + dy * dy);
        double score = w[i] * d2[i];
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      cx[c] = px[best];
      cy[c] = py[best];
    }
    return new double[][] {Arrays.copyOf(cx, c), Arrays.copyOf(cy, c)};
  }

  /**
   * Runs Lloyd steps from the given centres.
   *
   * @param w point weights, or {@code null} for unit weights
   * @param ids stable ids of the initial centres, ascending
   * @param hint {@code hint[i]} is the index of a centre that is likely nearest to point i (its
   *     previous cluster on a warm start), or −1; {@code null} for none. The hint never changes the
   *     result; it only lets the first step skip the full scan for a point that lies within half
   *     the distance from the hinted centre to that centre's nearest other centre (then no other
   *     centre can be strictly nearer).
   * @param maxSteps step budget (Polis performs up to {@code maxIterations + 1} steps)
   */
  public static Result run(
      double[] px,
      double[] py,
      double[] w,
      int[] ids,
      double[] cx0,
      double[] cy0,
      int[] hint,
      int maxSteps,
      double tolerance,
      Workers workers) {
    int n = px.length;
    int k = ids.length;
    int[] id = ids.clone();
    double[] cx = cx0.clone();
    double[] cy = cy0.clone();
    int[] assign = new int[n];
    double[] upper = new double[n];
    double[] lower = new double[n];
    Arrays.fill(upper, Double.POSITIVE_INFINITY);
    Arrays.fill(lower, 0);
    Arrays.fill(assign, -1);
    if (hint != null) {
      for (int i = 0; i < n; i++) {
        assign[i] = hint[i] >= 0 && hint[i] < k ? hint[i] : -1;
      }
    }
    double[] weight = new double[k];
    int chunks = n >= 4096 && workers != null ? CHUNKS : 1;
    int[] bounds = Workers.split(n, chunks);
    // The previous step's cluster remapping and centre shifts, applied to each point's assignment
    // and bounds at the start of the next step's parallel pass (one pass per step instead of two).
    int[] pendingRemap = null;
    double[] pendingShift = null;
    double pendingMaxShift = 0;
    for (int step = 0; step < maxSteps && k > 0; step++) {
      final int kk = k;
      final double[] fcx = cx;
      final double[] fcy = cy;
      final int[] remapIn = pendingRemap;
      final double[] shiftIn = pendingShift;
      final double maxShiftIn = pendingMaxShift;
      double[] half = halfNearestCentreDistance(cx, cy, k);
      double[][] sums = new double[chunks][];
      java.util.function.IntConsumer task =
          c -> {
            double[] s = new double[3 * kk];
            for (int i = bounds[c]; i < bounds[c + 1]; i++) {
              if (remapIn != null) {
                int a = remapIn[assign[i]];
                assign[i] = a;
                upper[i] += shiftIn[a];
                lower[i] -= maxShiftIn;
              }
              int a2 = assignPoint(i, px, py, fcx, fcy, kk, assign, upper, lower, half);
              double wi = w == null ? 1 : w[i];
              s[3 * a2] += wi;
              s[3 * a2 + 1] += wi * px[i];
              s[3 * a2 + 2] += wi * py[i];
            }
            sums[c] = s;
          };
      if (chunks == 1) {
        task.accept(0);
      } else {
        workers.forEach(chunks, task);
      }
      double[] total = new double[3 * k];
      for (double[] s : sums) {
        for (int j = 0; j < 3 * k; j++) {
          total[j] += s[j];
        }
      }
      // Drop empty clusters, keeping id order; remap assignments.
      int[] remap = new int[k];
      int kept = 0;
      double[] ncx = new double[k];
      double[] ncy = new double[k];
      double[] shift = new double[k];
      int[] nid = new int[k];
      double[] nw = new double[k];
      double maxShift = 0;
      for (int j = 0; j < k; j++) {
        if (total[3 * j] <= 0) {
          remap[j] = -1;
          continue;
        }
        remap[j] = kept;
        double x = total[3 * j + 1] / total[3 * j];
        double y = total[3 * j + 2] / total[3 * j];
        shift[kept] = dist(x, y, cx[j], cy[j]);
        maxShift = Math.max(maxShift, shift[kept]);
        ncx[kept] = x;
        ncy[kept] = y;
        nid[kept] = id[j];
        nw[kept] = total[3 * j];
        kept++;
      }
      pendingRemap = remap;
      pendingShift = shift;
      pendingMaxShift = maxShift;
      k = kept;
      id = Arrays.copyOf(nid, k);
      cx = Arrays.copyOf(ncx, k);
      cy = Arrays.copyOf(ncy, k);
      weight = Arrays.copyOf(nw, k);
      if (maxShift < tolerance || step + 1 >= maxSteps) {
        for (int i = 0; i < n; i++) {
          assign[i] = remap[assign[i]];
        }
        break;
      }
    }
    return new Result(id, cx, cy, weight, n > 0 && assign[0] < 0 ? new int[n] : assign);
  }

  /** Hamerly's bound test, then a full scan only if the bounds cannot rule out a change. */
  private static int assignPoint(
      int i,
      double[] px,
      double[] py,
      double[] cx,
      double[] cy,
      int k,
      int[] assign,
      double[] upper,
      double[] lower,
      double[] half) {
    int a = assign[i];
    if (a >= 0 && upper[i] <= Math.max(half[a], lower[i])) {
      return a;
    }
    if (a >= 0) {
      upper[i] = dist(px[i], py[i], cx[a], cy[a]);
      if (upper[i] <= Math.max(half[a], lower[i])) {
        return a;
      }
    }
    int best = 0;
    double d1 = Double.POSITIVE_INFINITY;
    double d2 = Double.POSITIVE_INFINITY;
    double x = px[i];
    double y = py[i];
    for (int j = 0; j < k; j++) {
      double dx = x - cx[j];
      double dy = y - cy[j];
      double d = dx * dx + dy * dy;
      if (d < d1) {
        d2 = d1;
        d1 = d;
        best = j;
      } else if (d < d2) {
        d2 = d;
      }
    }
    assign[i] = best;
    upper[i] = Math.sqrt(d1);
    lower[i] = Math.sqrt(d2);
    return best;
  }

  private static double[] halfNearestCentreDistance(double[] cx, double[] cy, int k) {
    double[] h = new double[k];
    for (int a = 0; a < k; a++) {
      double best = Double.POSITIVE_INFINITY;
      for (int b = 0; b < k; b++) {
        if (a != b) {
          best = Math.min(best, dist(cx[a], cy[a], cx[b], cy[b]));
        }
      }
      h[a] = best / 2;
    }
    return h;
  }

  static double dist(double x1, double y1, double x2, double y2) {
    double dx = x1 - x2;
    double dy = y1 - y2;
    return Math.sqrt(dx * dx + dy * dy);
  }
}
