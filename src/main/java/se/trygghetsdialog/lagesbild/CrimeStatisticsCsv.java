package se.trygghetsdialog.lagesbild;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.trygghetsdialog.shared.csv.CsvLines;

/**
 * Reads reported-crime statistics from CSV, e.g. the police's or Brå's open statistics of "anmälda
 * brott" per kommun re-saved as a small file.
 *
 * <p>Format: UTF-8 (with or without a byte-order mark); the first line is the header {@code
 * kategori;period;antal} (English {@code category;period;count} also works); the separator is
 * {@code ;} or {@code ,}, taken from the header line; fields may be in double quotes. A period is a
 * year {@code 2024}, a quarter {@code 2024-Q1} or a month {@code 2024-03}; a count is a
 * non-negative whole number (spaces as thousands separators are allowed). Blank lines are skipped.
 * A category and period may occur once per file.
 *
 * <p>The whole file is checked before anything is used: a file with any error gives only errors,
 * each naming its line (1 = the header).
 */
public final class CrimeStatisticsCsv {

  /** At most this many data rows per file. */
  public static final int MAX_ROWS = 20_000;

  static final int MAX_CATEGORY = 200;
  static final int MAX_ERRORS = 25;

  /**
   * One problem in the file.
   *
   * @param line 1-based line number; 0 for a problem with the whole file
   */
  public record LineError(int line, String messageKey, List<Object> args) {}

  /** Either rows (and no errors) or errors (and no rows). */
  public record Result(List<CrimeStatistic> rows, List<LineError> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private CrimeStatisticsCsv() {}

  /** Decodes the bytes as UTF-8 (a byte-order mark is dropped) and parses them. */
  public static Result parse(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return failed(new LineError(0, "measure.lagesbild.csv.error.notUtf8", List.of()));
    }
    return parse(text);
  }

  public static Result parse(String input) {
    String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
    Optional<CsvLines> csv = CsvLines.of(text);
    if (csv.isEmpty()) {
      return failed(new LineError(0, "measure.lagesbild.csv.error.empty", List.of()));
    }
    List<String> header = csv.get().header();
    if (header == null || !isHeader(header)) {
      return failed(
          new LineError(csv.get().headerNumber(), "measure.lagesbild.csv.error.header", List.of()));
    }
    List<CrimeStatistic> rows = new ArrayList<>();
    List<LineError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvLines.Line line : csv.get().rows()) {
      if (errors.size() >= MAX_ERRORS) {
        break;
      }
      int number = line.number();
      List<String> fields = line.fields();
      if (fields == null) {
        errors.add(new LineError(number, "measure.lagesbild.csv.error.quote", List.of()));
        continue;
      }
      if (fields.size() != 3) {
        errors.add(
            new LineError(number, "measure.lagesbild.csv.error.columns", List.of(fields.size())));
        continue;
      }
      String category = fields.get(0).strip();
      String periodText = fields.get(1).strip();
      String countText = fields.get(2).strip();
      if (category.isEmpty()) {
        errors.add(new LineError(number, "measure.lagesbild.csv.error.category", List.of()));
        continue;
      }
      if (category.length() > MAX_CATEGORY) {
        errors.add(new LineError(number, "measure.lagesbild.csv.error.categoryLong", List.of()));
        continue;
      }
      Optional<CrimePeriod> period = CrimePeriod.parse(periodText);
      if (period.isEmpty()) {
        errors.add(
            new LineError(number, "measure.lagesbild.csv.error.period", List.of(periodText)));
        continue;
      }
      String digits = countText.replaceAll("[\\s\u00a0\u202f]", "");
      long count;
      if (digits.matches("-\\d+")) {
        errors.add(
            new LineError(number, "measure.lagesbild.csv.error.negative", List.of(countText)));
        continue;
      }
      if (!digits.matches("\\d{1,12}")) {
        errors.add(new LineError(number, "measure.lagesbild.csv.error.count", List.of(countText)));
        continue;
      }
      count = Long.parseLong(digits);
      if (!seen.add(category.toLowerCase(Locale.ROOT) + "\n" + period.get())) {
        errors.add(
            new LineError(
                number,
                "measure.lagesbild.csv.error.duplicate",
                List.of(category, period.get().toString())));
        continue;
      }
      if (rows.size() >= MAX_ROWS) {
        errors.add(new LineError(number, "measure.lagesbild.csv.error.tooMany", List.of(MAX_ROWS)));
        break;
      }
      rows.add(new CrimeStatistic(category, period.get(), count));
    }
    if (errors.isEmpty() && rows.isEmpty()) {
      errors.add(new LineError(0, "measure.lagesbild.csv.error.noRows", List.of()));
    }
    return errors.isEmpty() ? new Result(List.copyOf(rows), List.of()) : failed(errors);
  }

  private static Result failed(LineError error) {
    return new Result(List.of(), List.of(error));
  }

  private static Result failed(List<LineError> errors) {
    return new Result(List.of(), List.copyOf(errors));
  }

  private static boolean isHeader(List<String> fields) {
    if (fields.size() != 3) {
      return false;
    }
    String a = fields.get(0).strip().toLowerCase(Locale.ROOT);
    String b = fields.get(1).strip().toLowerCase(Locale.ROOT);
    String c = fields.get(2).strip().toLowerCase(Locale.ROOT);
    return (a.equals("kategori") || a.equals("category"))
        && b.equals("period")
        && (c.equals("antal") || c.equals("count"));
  }
}
