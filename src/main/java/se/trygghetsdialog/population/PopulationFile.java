package se.trygghetsdialog.population;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

/**
 * A population statistics file from SCB: CSV ({@link PopulationCsv}) or PxWeb JSON-stat2 ({@link
 * PopulationJsonStat}), told apart by the first character (a JSON file starts with a brace). The
 * whole file is read before anything is used: a file with any error gives only errors, each naming
 * its line (for JSON-stat, the position in the value array).
 */
public final class PopulationFile {

  /** At most this many figures per file. */
  public static final int MAX_ROWS = 200_000;

  /** At most this many errors are reported. */
  static final int MAX_ERRORS = 25;

  /**
   * One figure of the file.
   *
   * @param line where it stood: the line of a CSV file, the 1-based position in a JSON-stat value
   *     array
   * @param cell what identifies the figure in the file (region, age, sex, year as written), for
   *     telling duplicates
   */
  public record Row(
      int line, String region, AgeBand ageBand, Gender gender, int year, long count, String cell) {}

  /**
   * One problem in the file.
   *
   * @param line 1-based line (or value position); 0 for a problem with the whole file
   */
  public record LineError(int line, String messageKey, List<Object> args) {}

  /** Either rows (and no errors) or errors (and no rows). */
  public record Result(boolean json, List<Row> rows, List<LineError> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private PopulationFile() {}

  /**
   * Decodes the bytes (UTF-8, with or without a byte-order mark; SCB's Windows-1252 CSV when they
   * are not UTF-8) and parses them.
   */
  public static Result parse(byte[] bytes) {
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.stripLeading().startsWith("{")
        ? PopulationJsonStat.parse(text)
        : PopulationCsv.parse(text);
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** Collects rows and errors, checking counts, duplicates and the limits on the way. */
  static final class Collector {
    private final boolean json;
    private final List<Row> rows = new ArrayList<>();
    private final List<LineError> errors = new ArrayList<>();
    private final Set<String> cells = new HashSet<>();

    Collector(boolean json) {
      this.json = json;
    }

    boolean full() {
      return errors.size() >= MAX_ERRORS;
    }

    void error(int line, String key, Object... args) {
      if (!full()) {
        errors.add(new LineError(line, key, List.of(args)));
      }
    }

    /** Adds a figure read from the file, unless its code, year or count is wrong. */
    void add(
        int line,
        String regionText,
        ScbCodes.Read<AgeBand> age,
        String ageText,
        ScbCodes.Read<Gender> sex,
        String sexText,
        String yearText,
        String countText) {
      var region = ScbCodes.region(regionText);
      if (region.isEmpty()) {
        error(line, "population.error.file.region", regionText.strip());
        return;
      }
      if (age.failed()) {
        error(line, age.errorKey(), ageText.strip());
        return;
      }
      if (sex.failed()) {
        error(line, sex.errorKey(), sexText.strip());
        return;
      }
      var year = ScbCodes.year(yearText);
      if (year.isEmpty()) {
        error(line, "population.error.file.year", yearText.strip());
        return;
      }
      var count = ScbCodes.count(countText);
      if (count.failed()) {
        error(line, count.errorKey(), countText.strip());
        return;
      }
      if (age.total() || sex.total()) {
        return;
      }
      String cell =
          String.join(
              " / ", region.get(), ageText.strip(), sexText.strip(), String.valueOf(year.get()));
      if (!cells.add(cell.toLowerCase(java.util.Locale.ROOT))) {
        error(line, "population.error.file.duplicate", cell);
        return;
      }
      if (rows.size() >= MAX_ROWS) {
        error(line, "population.error.file.tooMany", MAX_ROWS);
        return;
      }
      rows.add(
          new Row(
              line,
              region.get(),
              age.value().orElseThrow(),
              sex.value().orElseThrow(),
              year.get(),
              count.value().orElseThrow(),
              cell));
    }

    Result result() {
      if (errors.isEmpty() && rows.isEmpty()) {
        errors.add(new LineError(0, "population.error.file.noRows", List.of()));
      }
      return errors.isEmpty()
          ? new Result(json, List.copyOf(rows), List.of())
          : failed(json, errors);
    }
  }

  static Result failed(boolean json, LineError error) {
    return failed(json, List.of(error));
  }

  static Result failed(boolean json, List<LineError> errors) {
    return new Result(json, List.of(), List.copyOf(errors));
  }
}
