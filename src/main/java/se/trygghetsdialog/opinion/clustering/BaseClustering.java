package se.trygghetsdialog.opinion.clustering;

import java.util.Arrays;

/** Base clustering ("buckets", §1.5): k-means with k = {@code baseK} over the participants. */
public final class BaseClustering {

  private BaseClustering() {}

  /**
   * Clusters the points.
   *
   * @param previousId per point: its base-cluster id in the previous update, or −1 (new point or
   *     cold start); {@code null} means a cold start
   * @return clusters sorted by id; {@code assignment} maps points to cluster indices
   */
  public static KMeans.Result cluster(
      double[] px, double[] py, int[] previousId, OpinionConfig config, Workers workers) {
    int k = config.baseK();
    int steps = config.baseIterations() + 1;
    double tol = config.centreTolerance();
    boolean warm = false;
    if (previousId != null) {
      for (int v : previousId) {
        if (v >= 0) {
          warm = true;
          break;
        }
      }
    }
    if (!warm) {
      double[][] init = KMeans.firstDistinct(px, py, k);
      int[] ids = new int[init[0].length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = i;
      }
      return KMeans.run(px, py, null, ids, init[0], init[1], null, steps, tol, workers);
    }
    steps = Math.min(steps, config.baseWarmIterations() + 1);
    double[][] start = warmStart(px, py, previousId, k);
    int[] ids = new int[start[0].length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = (int) start[2][i];
    }
    // Each point's previous cluster is the likely nearest centre: it lets the first Lloyd step skip
    // the full 100-centre scan for most points (the result does not depend on the hint).
    int maxId = 0;
    for (int v : ids) {
      maxId = Math.max(maxId, v);
    }
    int[] indexOfId = new int[maxId + 1];
    Arrays.fill(indexOfId, -1);
    for (int i = 0; i < ids.length; i++) {
      indexOfId[ids[i]] = i;
    }
    int[] hint = new int[px.length];
    for (int i = 0; i < hint.length; i++) {
      int v = previousId[i];
      hint[i] = v >= 0 && v <= maxId ? indexOfId[v] : -1;
    }
    return KMeans.run(px, py, null, ids, start[0], start[1], hint, steps, tol, workers);
  }

  /**
   * Polis's "clean start": recentre previous clusters on their surviving members, merge clusters
   * with identical centres (keeping the larger one's id), then split off the most distant points as
   * new singleton clusters until there are {@code min(k, distinct points)} clusters.
   *
   * @return {@code {cx, cy, ids}} sorted by id
   */
  static double[][] warmStart(double[] px, double[] py, int[] previousId, int k) {
    int maxId = -1;
    for (int v : previousId) {
      maxId = Math.max(maxId, v);
    }
    double[] sx = new double[maxId + 1];
    double[] sy = new double[maxId + 1];
    int[] count = new int[maxId + 1];
    for (int i = 0; i < px.length; i++) {
      int v = previousId[i];
      if (v >= 0) {
        sx[v] += px[i];
        sy[v] += py[i];
        count[v]++;
      }
    }
    int c = 0;
    int[] ids = new int[maxId + 1];
    double[] cx = new double[maxId + 1];
    double[] cy = new double[maxId + 1];
    int[] size = new int[maxId + 1];
    for (int v = 0; v <= maxId; v++) {
      if (count[v] == 0) {
        continue;
      }
      double x = sx[v] / count[v];
      double y = sy[v] / count[v];
      int same = -1;
      for (int j = 0; j < c; j++) {
        if (cx[j] == x && cy[j] == y) {
          same = j;
          break;
        }
      }
      if (same >= 0) {
        int total = size[same] + count[v];
        if (count[v] > size[same]) {
          ids[same] = v;
        }
        size[same] = total;
        continue;
      }
      ids[c] = v;
      cx[c] = x;
      cy[c] = y;
      size[c] = count[v];
      c++;
    }
    int target = Math.min(k, distinctPointsUpTo(px, py, k));
    int capacity = Math.max(target, c);
    ids = Arrays.copyOf(ids, capacity);
    cx = Arrays.copyOf(cx, capacity);
    cy = Arrays.copyOf(cy, capacity);
    int nextId = maxId + 1;
    double[] nearest = null;
    while (c < target) {
      if (nearest == null) {
        // Only needed when clusters were lost, so the common warm tick skips this O(n·k) pass.
        nearest = new double[px.length];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int j = 0; j < c; j++) {
          updateNearest(px, py, nearest, cx[j], cy[j]);
        }
      }
      int far = -1;
      double farD = 0;
      for (int i = 0; i < px.length; i++) {
        if (nearest[i] > farD) {
          farD = nearest[i];
          far = i;
        }
      }
      if (far < 0) {
        break;
      }
      ids[c] = nextId++;
      cx[c] = px[far];
      cy[c] = py[far];
      updateNearest(px, py, nearest, cx[c], cy[c]);
      c++;
    }
    double[][] out = new double[3][c];
    Integer[] order = new Integer[c];
    for (int i = 0; i < c; i++) {
      order[i] = i;
    }
    final int[] fids = ids;
    Arrays.sort(order, (a, b) -> Integer.compare(fids[a], fids[b]));
    for (int i = 0; i < c; i++) {
      out[0][i] = cx[order[i]];
      out[1][i] = cy[order[i]];
      out[2][i] = ids[order[i]];
    }
    return out;
  }

  private static void updateNearest(
      double[] px, double[] py, double[] nearest, double x, double y) {
    for (int i = 0; i < px.length; i++) {
      double d = KMeans.dist(px[i], py[i], x, y);
      if (d < nearest[i]) {
        nearest[i] = d;
      }
    }
  }

  private static int distinctPointsUpTo(double[] px, double[] py, int limit) {
    return KMeans.firstDistinct(px, py, limit)[0].length;
  }
}
