package se.trygghetsdialog.survey.results;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell and complementary suppression over every count published for one question: the cells
 * of all its tables (per area, age band, gender and in all) and the sums that tie them together (a
 * row total is the sum of its cells, a column total the sum of its column, the grand total the sum
 * of the totals). A count from 1 up to below the threshold is suppressed (primary); then, while
 * some sum has exactly one suppressed member, which anyone could compute from the others, another
 * member of that sum is suppressed too (complementary: the smallest inner cell, a zero included,
 * and a total only when the sum has no inner cell left). When done, every sum has none or at least
 * two suppressed members, so no suppressed count can be derived by differences, also not by
 * chaining sums across tables. Zero is shown, as in every participation table.
 */
public final class CellSuppression {

  private final Map<String, Long> values = new LinkedHashMap<>();
  private final java.util.Set<String> margins = new java.util.HashSet<>();
  private final List<List<String>> sums = new ArrayList<>();

  /** Records a published count under a key naming what it counts. */
  public CellSuppression cell(String key, long value) {
    values.put(key, value);
    return this;
  }

  /**
   * Records a total (a row, column or grand total): hidden as a complement only when no inner cell
   * of the sum can be, since readers need the totals most.
   */
  public CellSuppression total(String key, long value) {
    margins.add(key);
    return cell(key, value);
  }

  /** Records that {@code total} is the sum of {@code parts} (all recorded as cells). */
  public CellSuppression sum(String total, List<String> parts) {
    List<String> line = new ArrayList<>(parts.size() + 1);
    line.add(total);
    line.addAll(parts);
    for (String key : line) {
      if (!values.containsKey(key)) {
        throw new IllegalArgumentException("unknown cell " + key);
      }
    }
    sums.add(line);
    return this;
  }

  /** The sums recorded, each as its total followed by its parts. */
  public List<List<String>> sums() {
    return List.copyOf(sums);
  }

  /** The counts recorded. */
  public Map<String, Long> values() {
    return Map.copyOf(values);
  }

  /** The keys of the counts that must not be shown under {@code threshold}. */
  public java.util.Set<String> suppressed(int threshold) {
    List<String> keys = new ArrayList<>(values.keySet());
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      index.put(keys.get(i), i);
    }
    long[] value = new long[keys.size()];
    double[] cost = new double[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      value[i] = values.get(keys.get(i));
      cost[i] = value[i] + (margins.contains(keys.get(i)) ? 1e15 : 0);
    }
    int[][] lines = new int[sums.size()][];
    for (int l = 0; l < sums.size(); l++) {
      lines[l] = sums.get(l).stream().mapToInt(index::get).toArray();
    }
    BitSet hidden = new BitSet(keys.size());
    for (int i = 0; i < value.length; i++) {
      if (value[i] > 0 && value[i] < threshold) {
        hidden.set(i);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] line : lines) {
        int count = 0;
        for (int cell : line) {
          if (hidden.get(cell)) {
            count++;
          }
        }
        int other = count == 1 ? complement(line, cost, hidden) : -1;
        if (other >= 0) {
          hidden.set(other);
          changed = true;
        }
      }
    }
    java.util.Set<String> result = new java.util.LinkedHashSet<>();
    hidden.stream().forEach(i -> result.add(keys.get(i)));
    return result;
  }

  /**
   * The shown member of {@code line} to hide as well: the inner cell losing least (the smallest, a
   * zero first: the reader cannot tell a hidden zero from a hidden count), else the smallest total.
   */
  private static int complement(int[] line, double[] cost, BitSet hidden) {
    int best = -1;
    for (int cell : line) {
      if (!hidden.get(cell) && (best < 0 || cost[cell] < cost[best])) {
        best = cell;
      }
    }
    return best;
  }
}
