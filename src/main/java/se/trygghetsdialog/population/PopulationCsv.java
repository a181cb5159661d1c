package se.trygghetsdialog.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.csv.CsvLines;

/**
 * Population statistics as CSV, the way SCB's Statistikdatabasen saves a table of folkmängd by
 * region, ålder, kön and år (semicolon or comma between fields, fields in double quotes or not).
 *
 * <p>The header is the first non-blank line. Its first three columns are {@code region}, {@code
 * ålder} and {@code kön} (also {@code alder}, {@code kon}, English {@code age}, {@code sex}). Then
 * either the long layout, two columns {@code år;antal} (also {@code tid}, {@code folkmängd}, {@code
 * year}, {@code count}), one figure a line; or SCB's table layout, one column per year whose
 * heading holds the year ({@code 2024} or {@code Folkmängd 2024}). A region is its code, with or
 * without the name after it ({@code 1484 Lysekil}, {@code 1484A0010}).
 */
final class PopulationCsv {

  private static final Set<String> REGION = Set.of("region", "regionkod", "region code", "kod");
  private static final Set<String> AGE = Set.of("ålder", "alder", "age");
  private static final Set<String> SEX = Set.of("kön", "kon", "sex", "gender");
  private static final Set<String> YEAR = Set.of("år", "ar", "tid", "year");
  private static final Set<String> COUNT =
      Set.of("antal", "folkmängd", "folkmangd", "count", "population", "value");

  private PopulationCsv() {}

  static PopulationFile.Result parse(String text) {
    Optional<CsvLines> csv = CsvLines.of(text);
    if (csv.isEmpty()) {
      return PopulationFile.failed(
          false, new PopulationFile.LineError(0, "population.error.file.empty", List.of()));
    }
    List<String> header = csv.get().header();
    List<Integer> yearColumns = header == null ? null : yearColumns(header);
    if (header == null || yearColumns == null) {
      return PopulationFile.failed(
          false,
          new PopulationFile.LineError(
              csv.get().headerNumber(), "population.error.file.header", List.of()));
    }
    boolean longLayout = yearColumns.isEmpty();
    PopulationFile.Collector rows = new PopulationFile.Collector(false);
    for (CsvLines.Line line : csv.get().rows()) {
      if (rows.full()) {
        break;
      }
      int number = line.number();
      List<String> fields = line.fields();
      if (fields == null) {
        rows.error(number, "population.error.file.quote");
        continue;
      }
      if (fields.size() != header.size()) {
        rows.error(number, "population.error.file.columns", fields.size(), header.size());
        continue;
      }
      var age = ScbCodes.age(fields.get(1));
      var sex = ScbCodes.sex(fields.get(2));
      // The long layout is one figure a line: its year in column 3, the figure in column 4.
      for (int column : longLayout ? List.of(4) : yearColumns) {
        rows.add(
            number,
            fields.get(0),
            age,
            fields.get(1),
            sex,
            fields.get(2),
            longLayout ? fields.get(3) : header.get(column),
            fields.get(column));
      }
    }
    return rows.result();
  }

  /**
   * The columns holding a year's figures in the table layout; empty for the long layout; null when
   * the header is neither.
   */
  private static @Nullable List<Integer> yearColumns(List<String> header) {
    List<String> names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    if (names.size() < 4
        || !REGION.contains(names.get(0))
        || !AGE.contains(names.get(1))
        || !SEX.contains(names.get(2))) {
      return null;
    }
    if (names.size() == 5 && YEAR.contains(names.get(3)) && COUNT.contains(names.get(4))) {
      return List.of();
    }
    List<Integer> columns = new ArrayList<>();
    for (int i = 3; i < names.size(); i++) {
      if (ScbCodes.year(names.get(i)).isEmpty()) {
        return null;
      }
      columns.add(i);
    }
    return columns;
  }
}
