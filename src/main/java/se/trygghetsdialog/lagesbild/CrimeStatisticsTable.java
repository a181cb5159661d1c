package se.trygghetsdialog.lagesbild;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reported crimes of one kind of period as a table: categories as rows, periods as columns, and the
 * change of the latest period against the previous period and against the same period a year
 * before.
 */
public record CrimeStatisticsTable(
    CrimePeriod.Kind kind, List<CrimePeriod> periods, List<Row> rows) {

  /**
   * One category.
   *
   * @param counts one per period; "–" where the file had no number
   * @param changePrevious e.g. "+12 %", or "–" when there is nothing to compare with
   */
  public record Row(
      String category, List<String> counts, String changePrevious, String changeYearBefore) {}

  /**
   * Whether the table needs its own column for the change against the same period a year before;
   * for years it is the same as the change against the previous period.
   */
  public boolean showsYearBefore() {
    return kind != CrimePeriod.Kind.YEAR;
  }

  /** The latest period of the table. */
  public CrimePeriod latest() {
    return periods.get(periods.size() - 1);
  }

  /** Splits statistics into one table per kind of period, years first. */
  public static List<CrimeStatisticsTable> of(List<CrimeStatistic> statistics) {
    List<CrimeStatisticsTable> tables = new ArrayList<>();
    for (CrimePeriod.Kind kind : CrimePeriod.Kind.values()) {
      List<CrimeStatistic> ofKind =
          statistics.stream().filter(s -> s.period().kind() == kind).toList();
      if (ofKind.isEmpty()) {
        continue;
      }
      TreeSet<CrimePeriod> periods = new TreeSet<>();
      Set<String> categories = new LinkedHashSet<>();
      Map<String, Map<CrimePeriod, Long>> counts = new HashMap<>();
      for (CrimeStatistic s : ofKind) {
        periods.add(s.period());
        categories.add(s.category());
        counts.computeIfAbsent(s.category(), c -> new HashMap<>()).put(s.period(), s.count());
      }
      CrimePeriod latest = periods.last();
      List<Row> rows = new ArrayList<>();
      for (String category : categories.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList()) {
        Map<CrimePeriod, Long> byPeriod = counts.get(category);
        rows.add(
            new Row(
                category,
                periods.stream()
                    .map(p -> byPeriod.containsKey(p) ? String.valueOf(byPeriod.get(p)) : "–")
                    .toList(),
                change(byPeriod.get(latest), byPeriod.get(latest.previous())),
                change(byPeriod.get(latest), byPeriod.get(latest.yearBefore()))));
      }
      tables.add(new CrimeStatisticsTable(kind, List.copyOf(periods), rows));
    }
    return tables;
  }

  /** The change from {@code before} to {@code now} in whole percent, signed; "–" if unknown. */
  static String change(Long now, Long before) {
    if (now == null || before == null || before == 0) {
      return "–";
    }
    long percent = Math.round((now - before) * 100.0 / before);
    return (percent > 0 ? "+" : percent < 0 ? "−" : "±") + Math.abs(percent) + " %";
  }
}
