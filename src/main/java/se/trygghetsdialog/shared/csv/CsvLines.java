package se.trygghetsdialog.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A small CSV file as the imports read it, line by line so that every error can name its line: the
 * header is the first non-blank line, the separator ({@code ;} or {@code ,}) is taken from it,
 * blank lines are skipped and each line is split with Apache Commons CSV (a field may be in double
 * quotes, two quotes are a quote inside, spaces around a field are dropped).
 *
 * @param headerNumber the header's line number, 1-based
 * @param header the header's fields; null if a quote is left open in it
 * @param separator the separator taken from the header line
 * @param rows the non-blank lines after the header, in order
 */
public record CsvLines(
    int headerNumber, @Nullable List<String> header, char separator, List<Line> rows) {

  /**
   * One non-blank line after the header.
   *
   * @param number its line number, 1-based
   */
  public record Line(int number, String text, char separator) {

    /** The line's fields; null if a quote is left open. */
    public @Nullable List<String> fields() {
      return split(text, separator);
    }
  }

  /** The lines of the text; empty if it has no non-blank line. */
  public static Optional<CsvLines> of(String text) {
    String[] lines = text.split("\r\n|\n|\r", -1);
    int headerIndex = 0;
    while (headerIndex < lines.length && lines[headerIndex].isBlank()) {
      headerIndex++;
    }
    if (headerIndex == lines.length) {
      return Optional.empty();
    }
    String headerLine = lines[headerIndex];
    char separator = headerLine.indexOf(';') >= 0 ? ';' : ',';
    List<Line> rows = new ArrayList<>();
    for (int i = headerIndex + 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        rows.add(new Line(i + 1, lines[i], separator));
      }
    }
    return Optional.of(
        new CsvLines(headerIndex + 1, split(headerLine, separator), separator, List.copyOf(rows)));
  }

  private static @Nullable List<String> split(String line, char separator) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(separator)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .get();
    try (CSVParser parser = CSVParser.parse(line, format)) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? List.of("") : records.get(0).toList();
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }
}
