package se.trygghetsdialog.field;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreeningResult;
import se.trygghetsdialog.shared.web.FormText;

/**
 * Checks a typed field report against every rule at once, so that the rapportör sees everything to
 * correct together: category known, point inside the municipality, end not before start and neither
 * in the future, a count between 0 and {@value FieldPolicy#MAX_PEOPLE}, texts present, not too long
 * and free of personal data (unless the rapportör confirms a flagged text).
 *
 * <p>Errors name the form field by its id: {@code e0-categoryId} is the first event's category.
 */
public final class FieldReportValidation {

  /** One broken rule; {@code kinds} lists the personal data found for a screening error. */
  public record Violation(String field, String messageKey, Set<PersonalDataKind> kinds) {
    Violation(String field, String messageKey) {
      this(field, messageKey, Set.of());
    }
  }

  /** Either violations, or the input to file. {@code screened} is whether any text was flagged. */
  public record Result(List<Violation> violations, FileFieldReport.@Nullable Input input) {
    public boolean valid() {
      return violations.isEmpty() && input != null;
    }

    /** Whether a text was stopped by screening, so that the form offers the confirmation. */
    public boolean screeningFailed() {
      return violations.stream().anyMatch(v -> !v.kinds().isEmpty());
    }
  }

  private FieldReportValidation() {}

  public static Result validate(
      FieldReportDraft draft,
      Function<UUID, Optional<PlaceCategory>> reportableCategory,
      MapSettings bounds,
      PersonalDataScreener screener,
      Instant now) {
    List<Violation> errors = new ArrayList<>();
    UUID key = FormText.uuid(draft.submissionKey());
    if (key == null) {
      errors.add(new Violation("", "field.report.error.submissionKey"));
    }
    ReporterKind kind = null;
    try {
      kind = draft.reporterKind().isBlank() ? null : ReporterKind.valueOf(draft.reporterKind());
    } catch (IllegalArgumentException e) {
      kind = null;
    }
    if (kind == null) {
      errors.add(new Violation("reporterKind", "field.report.error.reporterKind"));
    }
    if (draft.events().isEmpty() || draft.events().size() > FieldPolicy.MAX_EVENTS) {
      errors.add(new Violation("", "field.report.error.events"));
    }
    List<FileFieldReport.EventInput> events = new ArrayList<>();
    for (int i = 0; i < draft.events().size() && i < FieldPolicy.MAX_EVENTS; i++) {
      FileFieldReport.EventInput event =
          event(
              "e" + i + "-",
              draft.events().get(i),
              draft.confirmScreened(),
              reportableCategory,
              bounds,
              screener,
              now,
              errors);
      if (event != null) {
        events.add(event);
      }
    }
    if (!errors.isEmpty() || key == null || kind == null) {
      return new Result(List.copyOf(errors), null);
    }
    return new Result(List.of(), new FileFieldReport.Input(key, kind, events));
  }

  private static FileFieldReport.@Nullable EventInput event(
      String p,
      FieldReportDraft.Event e,
      boolean confirmScreened,
      Function<UUID, Optional<PlaceCategory>> reportableCategory,
      MapSettings bounds,
      PersonalDataScreener screener,
      Instant now,
      List<Violation> errors) {
    int before = errors.size();
    UUID categoryId = FormText.uuid(e.categoryId());
    if (e.categoryId().isBlank()) {
      errors.add(new Violation(p + "categoryId", "field.report.error.category.required"));
    } else if (categoryId == null || reportableCategory.apply(categoryId).isEmpty()) {
      errors.add(new Violation(p + "categoryId", "field.report.error.category.unknown"));
    }

    Double lat = FormText.decimal(e.latitude());
    Double lon = FormText.decimal(e.longitude());
    Coordinates point = null;
    if (e.latitude().isBlank() && e.longitude().isBlank()) {
      errors.add(new Violation(p + "latitude", "field.report.error.location.required"));
    } else if (lat == null || lon == null) {
      errors.add(new Violation(p + "latitude", "field.report.error.location.invalid"));
    } else {
      point = new Coordinates(lat, lon);
      if (!bounds.contains(point)) {
        errors.add(new Violation(p + "latitude", "field.report.error.location.outside"));
      }
    }

    OffsetDateTime start = time(e.startDate(), e.startTime());
    OffsetDateTime end = time(e.endDate(), e.endTime());
    Instant latest = now.plus(FieldPolicy.FUTURE_TOLERANCE);
    if (start == null) {
      errors.add(
          new Violation(
              p + "startDate",
              e.startDate().isBlank() || e.startTime().isBlank()
                  ? "field.report.error.start.required"
                  : "field.report.error.start.invalid"));
    } else if (start.toInstant().isAfter(latest)) {
      errors.add(new Violation(p + "startDate", "field.report.error.start.future"));
    }
    if (end == null) {
      errors.add(
          new Violation(
              p + "endDate",
              e.endDate().isBlank() || e.endTime().isBlank()
                  ? "field.report.error.end.required"
                  : "field.report.error.end.invalid"));
    } else if (start != null && end.isBefore(start)) {
      errors.add(new Violation(p + "endDate", "field.report.error.end.beforeStart"));
    } else if (end.toInstant().isAfter(latest)) {
      errors.add(new Violation(p + "endDate", "field.report.error.end.future"));
    }

    Integer people = null;
    String count = e.people().strip();
    if (count.isEmpty()) {
      errors.add(new Violation(p + "people", "field.report.error.people.required"));
    } else if (!count.matches("-?\\d+")) {
      errors.add(new Violation(p + "people", "field.report.error.people.invalid"));
    } else {
      // Digits of any length: a huge number is too many, not "not a number".
      String digits = count.replaceFirst("^-", "").replaceFirst("^0+(?=\\d)", "");
      if (count.startsWith("-") && !digits.equals("0")) {
        errors.add(new Violation(p + "people", "field.report.error.people.negative"));
      } else if (digits.length() > 9 || Integer.parseInt(digits) > FieldPolicy.MAX_PEOPLE) {
        errors.add(new Violation(p + "people", "field.report.error.people.tooMany"));
      } else {
        people = Integer.parseInt(digits);
      }
    }

    Boolean police =
        switch (e.police()) {
          case "yes" -> true;
          case "no" -> false;
          default -> null;
        };
    if (police == null) {
      errors.add(new Violation(p + "police", "field.report.error.police.required"));
    }

    String what = e.whatHappened().strip();
    String done = e.actionTaken().strip();
    boolean flagged = false;
    if (what.isEmpty()) {
      errors.add(new Violation(p + "whatHappened", "field.report.error.whatHappened.required"));
    } else if (what.length() > FieldPolicy.MAX_TEXT) {
      errors.add(new Violation(p + "whatHappened", "field.report.error.text.tooLong"));
    } else {
      flagged |= screen(p + "whatHappened", what, confirmScreened, screener, errors);
    }
    if (done.length() > FieldPolicy.MAX_TEXT) {
      errors.add(new Violation(p + "actionTaken", "field.report.error.text.tooLong"));
    } else if (!done.isEmpty()) {
      flagged |= screen(p + "actionTaken", done, confirmScreened, screener, errors);
    }
    if (errors.size() > before) {
      return null;
    }
    return new FileFieldReport.EventInput(
        categoryId, point, e.placeName().strip(), start, end, people, police, what, done, flagged);
  }

  /** Adds a violation unless confirmed; returns whether the text was flagged. */
  private static boolean screen(
      String field,
      String text,
      boolean confirmed,
      PersonalDataScreener screener,
      List<Violation> errors) {
    ScreeningResult result = screener.screen(text);
    if (!result.flagged()) {
      return false;
    }
    if (!confirmed) {
      errors.add(
          new Violation(field, "field.report.error.personalData", EnumSet.copyOf(result.kinds())));
    }
    return true;
  }

  /** A date ({@code 2026-11-27}) and a time ({@code 21:30}) in the municipality's zone. */
  static @Nullable OffsetDateTime time(String date, String time) {
    if (date.isBlank() || time.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip())
          .atTime(LocalTime.parse(time.strip()))
          .atZone(FieldPolicy.ZONE)
          .toOffsetDateTime();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
