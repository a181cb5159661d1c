package se.trygghetsdialog.field;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import se.trygghetsdialog.moderation.ScreenedText;

/**
 * A field report as the rapportör sends it, bound and validated by Spring MVC: what the input alone
 * decides (present, a number, a date, a known kind, not too long, no personal data unless
 * confirmed) is a constraint here; what needs the database (a known category, the chosen place,
 * inside the municipality) and the times (ordered, not in the future) {@link FileFieldReport}
 * checks. Each text was screened once, when it was bound.
 *
 * @param confirmScreened the rapportör has checked texts that screening flagged and files anyway
 */
@FieldReportCommand.TextsChecked
public record FieldReportCommand(
    @NotNull(message = "{field.report.error.submissionKey}") UUID submissionKey,
    @NotNull(message = "{field.report.error.reporterKind}") ReporterKind reporterKind,
    @NotEmpty(message = "{field.report.error.events}")
        @Size(max = FieldPolicy.MAX_EVENTS, message = "{field.report.error.events}")
        List<@NotNull @Valid Event> events,
    @Nullable Boolean confirmScreened) {

  /**
   * One event. A place chosen from the list ({@code gazetteerId}) gives the point and the name;
   * otherwise both coordinates are needed.
   */
  public record Event(
      @NotNull(message = "{field.report.error.category.required}") UUID categoryId,
      @Nullable UUID gazetteerId,
      @Nullable Double latitude,
      @Nullable Double longitude,
      @NotNull(message = "{field.report.error.start.required}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate startDate,
      @NotNull(message = "{field.report.error.start.required}")
          @DateTimeFormat(pattern = "HH:mm[:ss]")
          LocalTime startTime,
      @NotNull(message = "{field.report.error.end.required}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate endDate,
      @NotNull(message = "{field.report.error.end.required}")
          @DateTimeFormat(pattern = "HH:mm[:ss]")
          LocalTime endTime,
      @NotNull(message = "{field.report.error.people.required}")
          @Min(value = 0, message = "{field.report.error.people.negative}")
          @Max(value = FieldPolicy.MAX_PEOPLE, message = "{field.report.error.people.tooMany}")
          BigInteger people,
      @NotNull(message = "{field.report.error.police.required}") Boolean police,
      @NotNull(message = "{field.report.error.whatHappened.required}") ScreenedText whatHappened,
      @Nullable ScreenedText actionTaken) {

    /** A point or a place from the list; both coordinates missing is no place at all. */
    @AssertTrue(message = "{field.report.error.location.required}")
    public boolean isLocated() {
      return gazetteerId != null || latitude != null || longitude != null;
    }

    /** Either both coordinates or a place from the list. */
    @AssertTrue(message = "{field.report.error.location.invalid}")
    public boolean isLocationComplete() {
      return gazetteerId != null || (latitude == null) == (longitude == null);
    }

    OffsetDateTime start() {
      return startDate.atTime(startTime).atZone(FieldPolicy.ZONE).toOffsetDateTime();
    }

    OffsetDateTime end() {
      return endDate.atTime(endTime).atZone(FieldPolicy.ZONE).toOffsetDateTime();
    }

    String actionText() {
      return actionTaken == null ? "" : actionTaken.text();
    }

    /** Screening found possible personal data in one of the texts. */
    public boolean flagged() {
      return whatHappened.flagged() || (actionTaken != null && actionTaken.flagged());
    }
  }

  public boolean confirmed() {
    return Boolean.TRUE.equals(confirmScreened);
  }

  /** The order of an event's inputs on the form. */
  private static final List<String> EVENT_INPUTS =
      List.of(
          "categoryId",
          "latitude",
          "startDate",
          "endDate",
          "people",
          "police",
          "whatHappened",
          "actionTaken");

  private static final Pattern EVENT_PATH = Pattern.compile("events\\[(\\d{1,9})\\]\\.(\\w+)");

  /**
   * The id of the form's input that shows an error on {@code path}, a field of this command: {@code
   * events[0].people} is {@code e0-people}, both coordinates and a place from the list show on the
   * latitude, a time on its date; the key and the list of events concern the whole form (the empty
   * id).
   */
  public static String inputId(String path) {
    Matcher m = EVENT_PATH.matcher(path);
    if (!m.matches()) {
      return path.equals("reporterKind") ? path : "";
    }
    String field =
        switch (m.group(2)) {
          case "longitude", "gazetteerId", "located", "locationComplete" -> "latitude";
          case "startTime" -> "startDate";
          case "endTime" -> "endDate";
          default -> m.group(2);
        };
    return "e" + m.group(1) + "-" + field;
  }

  /** Where an input comes in the form: the whole form, the reporter kind, then each event's. */
  public static long position(String inputId) {
    if (inputId.isEmpty()) {
      return -2;
    }
    int dash = inputId.indexOf('-');
    if (!inputId.startsWith("e") || dash < 0) {
      return -1;
    }
    return Long.parseLong(inputId.substring(1, dash)) * EVENT_INPUTS.size()
        + EVENT_INPUTS.indexOf(inputId.substring(dash + 1));
  }

  /** The text of event {@code index} that an input id names, if it is a text input. */
  public @Nullable ScreenedText text(String inputId) {
    int dash = inputId.indexOf('-');
    if (events == null || !inputId.startsWith("e") || dash < 0) {
      return null;
    }
    int index = Integer.parseInt(inputId.substring(1, dash));
    Event event = index < events.size() ? events.get(index) : null;
    return event == null
        ? null
        : switch (inputId.substring(dash + 1)) {
          case "whatHappened" -> event.whatHappened();
          case "actionTaken" -> event.actionTaken();
          default -> null;
        };
  }

  /** Whether a text was stopped by screening, so that the form offers the confirmation. */
  public boolean screeningFailed() {
    return !confirmed()
        && events != null
        && events.stream()
            .anyMatch(
                e ->
                    e != null
                        && ((e.whatHappened() != null && e.whatHappened().flagged())
                            || (e.actionTaken() != null && e.actionTaken().flagged())));
  }

  /**
   * Each event's texts: at most {@value FieldPolicy#MAX_TEXT} characters, and free of personal data
   * unless the rapportör confirmed them (the report is then filed flagged).
   */
  @Documented
  @Constraint(validatedBy = TextsChecked.Check.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface TextsChecked {

    String message() default "{field.report.error.personalData}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check, reported on the text's field. */
    class Check implements ConstraintValidator<TextsChecked, FieldReportCommand> {
      @Override
      public boolean isValid(FieldReportCommand command, ConstraintValidatorContext context) {
        if (command == null || command.events() == null) {
          return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        for (int i = 0; i < command.events().size(); i++) {
          Event event = command.events().get(i);
          if (event != null) {
            valid &= text(event.whatHappened(), "whatHappened", i, command, context);
            valid &= text(event.actionTaken(), "actionTaken", i, command, context);
          }
        }
        return valid;
      }

      private static boolean text(
          @Nullable ScreenedText text,
          String field,
          int index,
          FieldReportCommand command,
          ConstraintValidatorContext context) {
        String message;
        if (text == null) {
          return true;
        } else if (text.text().length() > FieldPolicy.MAX_TEXT) {
          message = "{field.report.error.text.tooLong}";
        } else if (text.flagged() && !command.confirmed()) {
          message = "{field.report.error.personalData}";
        } else {
          return true;
        }
        context
            .buildConstraintViolationWithTemplate(message)
            .addPropertyNode("events")
            .addPropertyNode(field)
            .inIterable()
            .atIndex(index)
            .addConstraintViolation();
        return false;
      }
    }
  }
}
