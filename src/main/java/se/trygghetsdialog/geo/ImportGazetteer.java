package se.trygghetsdialog.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * An administrator imports gazetteer entries from CSV: {@code name;kind;latitude;longitude}, one a
 * line, with {@code ;} or {@code ,} between fields, an optional header line, kinds {@code
 * ort}/{@code gata}/{@code plats} (or the English constant names); a field may be in double quotes.
 * All lines or none are imported.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ImportGazetteer {

  /** A line that could not be imported: its number (from 1) and a message key. */
  public record LineError(int line, String messageKey) {}

  /** What an import did: the number of entries imported, or the errors if none was. */
  public record Result(int imported, List<LineError> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  public static final int MAX_LINES = 5000;

  /** The most characters a CSV may have, typed or uploaded. */
  public static final int MAX_CSV_CHARS = 500_000;

  /** The text of an uploaded CSV file, read as UTF-8. */
  public record Upload(String text) {}

  /**
   * The import form as Spring MVC binds it: the CSV typed into the text field, or an uploaded file,
   * which wins when one was chosen.
   */
  public record Command(@Nullable String csv, @Nullable Upload file) {
    public String text() {
      return file != null ? file.text() : csv == null ? "" : csv;
    }

    /** The text to show again in the form: none when it is too large to show. */
    public String shown() {
      return text().length() > MAX_CSV_CHARS ? "" : text();
    }
  }

  private record Row(String name, GazetteerKind kind, Coordinates point) {}

  private final GazetteerRepository repository;
  private final PlaceSettings settings;

  /**
   * Imports the form's CSV; a blank or too large one is refused as a whole, bad lines one by one in
   * the result (and then nothing is imported).
   *
   * @throws GeoRuleViolation on the field {@code csv-problem} when the CSV is blank or too large
   */
  @Transactional
  public Result importCsv(MunicipalityId municipality, Command command) {
    String csv = command.text();
    if (csv.isBlank()) {
      throw new GeoRuleViolation("csv-problem", "place.error.gazetteer.empty");
    }
    if (csv.length() > MAX_CSV_CHARS) {
      throw new GeoRuleViolation("csv-problem", "place.error.gazetteer.tooLarge");
    }
    return importCsv(municipality, csv);
  }

  @Transactional
  public Result importCsv(MunicipalityId municipality, String csv) {
    MapSettings map = settings.of(municipality);
    String[] lines = csv.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<LineError> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    if (lines.length > MAX_LINES) {
      return new Result(0, List.of(new LineError(MAX_LINES + 1, "place.error.gazetteer.tooMany")));
    }
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || (i == 0 && isHeader(line))) {
        continue;
      }
      List<String> fields = fields(line, line.contains(";") ? ';' : ',');
      int number = i + 1;
      if (fields == null || fields.size() != 4) {
        errors.add(new LineError(number, "place.error.gazetteer.fields"));
        continue;
      }
      String name = fields.get(0).strip();
      if (name.isEmpty() || name.length() > 100) {
        errors.add(new LineError(number, "place.error.gazetteer.name"));
        continue;
      }
      GazetteerKind kind = kind(fields.get(1).strip());
      if (kind == null) {
        errors.add(new LineError(number, "place.error.gazetteer.kind"));
        continue;
      }
      Double lat = number(fields.get(2));
      Double lon = number(fields.get(3));
      if (lat == null || lon == null) {
        errors.add(new LineError(number, "place.error.gazetteer.coordinates"));
        continue;
      }
      Coordinates point = new Coordinates(lat, lon);
      if (!map.contains(point)) {
        errors.add(new LineError(number, "place.error.gazetteer.outside"));
        continue;
      }
      rows.add(new Row(name, kind, point));
    }
    if (!errors.isEmpty()) {
      return new Result(0, errors);
    }
    if (rows.isEmpty()) {
      return new Result(0, List.of(new LineError(1, "place.error.gazetteer.empty")));
    }
    for (Row row : rows) {
      repository.upsert(municipality, row.name(), row.kind(), row.point());
    }
    return new Result(rows.size(), List.of());
  }

  /**
   * Adds one entry, or moves an entry of the same name and kind to the new point, without the
   * checks of an import: for demo data loaders.
   */
  public void put(MunicipalityId municipality, String name, GazetteerKind kind, Coordinates point) {
    repository.upsert(municipality, name, kind, point);
  }

  /**
   * The fields of one line, read with Apache Commons CSV (a field may be in double quotes); null if
   * a quote is left open.
   */
  static @org.jspecify.annotations.Nullable List<String> fields(String line, char separator) {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(separator).setTrailingData(true).get();
    try (CSVParser parser = CSVParser.parse(line, format)) {
      List<CSVRecord> records = parser.getRecords();
      return records.size() == 1 ? records.get(0).toList() : null;
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  private static boolean isHeader(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.startsWith("namn") || lower.startsWith("name");
  }

  static @org.jspecify.annotations.Nullable GazetteerKind kind(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "ort", "locality" -> GazetteerKind.LOCALITY;
      case "gata", "street" -> GazetteerKind.STREET;
      case "plats", "landmark" -> GazetteerKind.LANDMARK;
      default -> null;
    };
  }

  static @org.jspecify.annotations.Nullable Double number(String value) {
    try {
      double d = Double.parseDouble(value.strip().replace(',', '.'));
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
