package se.trygghetsdialog.survey.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.trygghetsdialog.survey.results.RoundResults.Count;
import se.trygghetsdialog.survey.results.RoundResults.QuestionResults;
import se.trygghetsdialog.survey.results.RoundResults.Row;
import se.trygghetsdialog.survey.results.RoundResults.Table;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Kind;

/**
 * An attacker who sees every table of a question as published: knows each shown count, knows that a
 * row total is the sum of its cells (single-answer questions), that a column total is the sum of
 * its column, that the same total appears in every table, and that the NTU-style groups sum their
 * options; then solves every sum with exactly one unknown, again and again. Returns the suppressed
 * counts so found: a protected question returns none.
 */
final class DifferenceAttack {

  private DifferenceAttack() {}

  static Set<String> revealed(QuestionResults results) {
    Map<String, Count> cells = new HashMap<>();
    List<List<String>> sums = new ArrayList<>();
    boolean exclusive = results.question().kind() != Kind.MULTIPLE;
    for (Table table : results.breakdowns()) {
      List<Row> rows = table.rows();
      Row total = table.total();
      for (Row row : rows) {
        collect(cells, row);
        if (exclusive && !row.cells().isEmpty()) {
          sums.add(line(row.total(), row.cells()));
        }
      }
      collect(cells, total);
      if (exclusive && !total.cells().isEmpty()) {
        sums.add(line(total.total(), total.cells()));
      }
      for (int c = 0; c < total.cells().size(); c++) {
        int column = c;
        sums.add(
            line(total.cells().get(c), rows.stream().map(r -> r.cells().get(column)).toList()));
      }
      sums.add(line(total.total(), rows.stream().map(Row::total).toList()));
    }
    Row options = results.distribution().total();
    collect(cells, options);
    if (results.ntu()) {
      sums.add(line(options.total(), options.cells()));
      Row groups = results.breakdowns().get(0).total();
      List<Count> o = options.cells();
      sums.add(line(groups.cells().get(0), List.of(o.get(2), o.get(3), o.get(4))));
      sums.add(line(groups.cells().get(1), List.of(o.get(0), o.get(1))));
      sums.add(line(groups.cells().get(2), List.of(o.get(5))));
    }
    Set<String> known = new HashSet<>();
    cells.values().stream().filter(c -> !c.suppressed()).forEach(c -> known.add(c.key()));
    boolean progress = true;
    while (progress) {
      progress = false;
      for (List<String> sum : sums) {
        List<String> unknown = sum.stream().filter(k -> !known.contains(k)).distinct().toList();
        if (unknown.size() == 1) {
          known.add(unknown.get(0));
          progress = true;
        }
      }
    }
    Set<String> found = new HashSet<>();
    cells.values().stream()
        .filter(c -> c.suppressed() && known.contains(c.key()))
        .forEach(c -> found.add(c.key()));
    return found;
  }

  private static void collect(Map<String, Count> cells, Row row) {
    row.cells().forEach(c -> cells.put(c.key(), c));
    cells.put(row.total().key(), row.total());
  }

  private static List<String> line(Count total, List<Count> parts) {
    List<String> line = new ArrayList<>();
    line.add(total.key());
    parts.forEach(p -> line.add(p.key()));
    return line;
  }
}
