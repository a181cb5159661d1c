package se.trygghetsdialog.records.registration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.csv.CsvLines;

/**
 * The diarium's answer as CSV: a header {@code kind,id,diarienummer} (comma or semicolon) and one
 * line per registration entry, the kind a {@link RecordKind} name and the id the submission's id in
 * its module, as exported. Read as the other CSV imports are ({@link CsvLines}); every error names
 * its line, and a file with any error changes nothing.
 */
public final class DiarienummerImport {

  static final int MAX_DIARIENUMMER = 60;
  static final int MAX_ERRORS = 20;

  /** A line the import will apply. */
  public record Row(UUID entryId, String diarienummer) {}

  /** An error on a line (0 for the file as a whole), as a message key with arguments. */
  public record LineError(int line, String key, List<Object> args) {}

  public record Result(List<Row> rows, List<LineError> errors) {}

  private DiarienummerImport() {}

  static Result parse(
      String text, BiFunction<RecordKind, String, Optional<RegistrationEntry>> entries) {
    Optional<CsvLines> csv = CsvLines.of(text);
    if (csv.isEmpty()) {
      return failed(new LineError(0, "records.registration.import.error.empty", List.of()));
    }
    List<String> header = csv.get().header();
    if (header == null
        || !header.stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .toList()
            .equals(List.of("kind", "id", "diarienummer"))) {
      return failed(
          new LineError(
              csv.get().headerNumber(), "records.registration.import.error.header", List.of()));
    }
    List<Row> rows = new ArrayList<>();
    List<LineError> errors = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (CsvLines.Line line : csv.get().rows()) {
      if (errors.size() >= MAX_ERRORS) {
        break;
      }
      int number = line.number();
      List<String> fields = line.fields();
      if (fields == null) {
        errors.add(new LineError(number, "records.registration.import.error.quote", List.of()));
        continue;
      }
      if (fields.size() != 3) {
        errors.add(
            new LineError(
                number, "records.registration.import.error.columns", List.of(fields.size())));
        continue;
      }
      RecordKind kind = kind(fields.get(0));
      if (kind == null) {
        errors.add(
            new LineError(
                number, "records.registration.import.error.kind", List.of(fields.get(0))));
        continue;
      }
      String diarienummer = fields.get(2).strip();
      if (diarienummer.isEmpty() || diarienummer.length() > MAX_DIARIENUMMER) {
        errors.add(
            new LineError(
                number,
                "records.registration.import.error.diarienummer",
                List.of(MAX_DIARIENUMMER)));
        continue;
      }
      Optional<RegistrationEntry> entry = entries.apply(kind, fields.get(1).strip());
      if (entry.isEmpty()) {
        errors.add(
            new LineError(
                number, "records.registration.import.error.unknown", List.of(fields.get(1))));
        continue;
      }
      if (!seen.add(entry.get().id())) {
        errors.add(new LineError(number, "records.registration.import.error.twice", List.of()));
        continue;
      }
      rows.add(new Row(entry.get().id(), diarienummer));
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add(new LineError(0, "records.registration.import.error.empty", List.of()));
    }
    return new Result(errors.isEmpty() ? List.copyOf(rows) : List.of(), List.copyOf(errors));
  }

  private static @org.jspecify.annotations.Nullable RecordKind kind(String value) {
    try {
      return RecordKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Result failed(LineError error) {
    return new Result(List.of(), List.of(error));
  }
}
