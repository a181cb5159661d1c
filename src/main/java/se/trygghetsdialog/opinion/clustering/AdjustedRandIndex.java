package se.trygghetsdialog.opinion.clustering;

import java.util.HashMap;
import java.util.Map;

/** Adjusted Rand index of two labellings, with pair counts in {@code double} (no overflow). */
public final class AdjustedRandIndex {

  private AdjustedRandIndex() {}

  /** ARI of two labellings of the same items; 1 when both put everything in a single cluster. */
  public static double of(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("labellings differ in length");
    }
    Map<Long, long[]> cells = new HashMap<>();
    Map<Integer, long[]> rows = new HashMap<>();
    Map<Integer, long[]> cols = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      cells.computeIfAbsent(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), k -> new long[1])[0]++;
      rows.computeIfAbsent(a[i], k -> new long[1])[0]++;
      cols.computeIfAbsent(b[i], k -> new long[1])[0]++;
    }
    double index = 0;
    for (long[] c : cells.values()) {
      index += pairs(c[0]);
    }
    double sa = 0;
    for (long[] c : rows.values()) {
      sa += pairs(c[0]);
    }
    double sb = 0;
    for (long[] c : cols.values()) {
      sb += pairs(c[0]);
    }
    double total = pairs(a.length);
    if (total == 0) {
      return 1;
    }
    double expected = sa * sb / total;
    double max = 0.5 * (sa + sb);
    if (max == expected) {
      return 1;
    }
    return (index - expected) / (max - expected);
  }

  private static double pairs(long n) {
    return n * (double) (n - 1) / 2;
  }
}
