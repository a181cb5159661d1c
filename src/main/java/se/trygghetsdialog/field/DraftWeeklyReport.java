package se.trygghetsdialog.field;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;

/**
 * The coordinator creates the weekly report of a week, pre-filled from the week (the appeal from
 * the messages, who was present from the reporter kinds in the field reports, one row per place
 * with its category counts), and edits the draft. Every text is screened; a text that may hold
 * personal data is refused and the form keeps it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DraftWeeklyReport {

  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 8000;
  public static final int MAX_PLACES = 40;

  /** The reports are written in Swedish, the municipality's language. */
  static final Locale SWEDISH = Locale.forLanguageTag("sv");

  /** What the edit form holds. */
  public record Input(
      String title,
      String appeal,
      String presence,
      String activities,
      List<WeeklyReport.Place> places) {}

  /**
   * The edit form, its texts screened once when it was bound. The form numbers its place rows
   * ({@code place-0}, {@code incidents-0}, …); they are bound as {@code places}, blank rows
   * included, and a blank row is not saved.
   */
  public record Command(
      @NotNull(message = "{field.week.error.required}") @EstText(max = MAX_TITLE)
          ScreenedText title,
      @Nullable @EstText(max = MAX_TEXT) ScreenedText appeal,
      @Nullable @EstText(max = MAX_TEXT) ScreenedText presence,
      @Nullable @EstText(max = MAX_TEXT) ScreenedText activities,
      @Nullable List<@Valid Row> places) {

    /** The rows that say something, in the order of the form. */
    public List<Row> rows() {
      return places == null
          ? List.of()
          : places.stream().filter(r -> r != null && !r.blank()).toList();
    }

    @AssertTrue(message = "{field.weekly.error.tooManyPlaces}")
    public boolean isFewEnoughPlaces() {
      return rows().size() <= MAX_PLACES;
    }
  }

  /** One row of the form's places; a row that says something names its place. */
  public record Row(
      @Nullable @EstText(max = MAX_TITLE) ScreenedText place,
      @Nullable @EstText(max = MAX_TEXT) ScreenedText incidents,
      @Nullable @EstText(max = MAX_TEXT) ScreenedText actions) {

    @AssertTrue(message = "{field.week.error.required}")
    public boolean isNamed() {
      return place != null || blank();
    }

    boolean blank() {
      return place == null && incidents == null && actions == null;
    }

    WeeklyReport.Place toPlace() {
      return new WeeklyReport.Place(text(place), text(incidents), text(actions));
    }
  }

  private static String text(@Nullable ScreenedText text) {
    return text == null ? "" : text.text();
  }

  private final WeeklyReportRepository reports;
  private final EstFigureRepository figures;
  private final EstWeekFigures weekFigures;
  private final PersonalDataScreener screener;
  private final MessageSource messages;
  private final EstSettings settings;

  private String t(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, SWEDISH);
  }

  /** Creates the pre-filled draft unless the week has a report; returns the week's report. */
  @Transactional
  public WeeklyReport create(EstWeek week, StaffPrincipal actor) {
    FieldPolicy.checkWeekOpen(week);
    var existing = reports.ofWeek(week.municipalityId(), week.id());
    if (existing.isPresent()) {
      return existing.get();
    }
    WeekNumber n = week.week();
    EstWeekFigures.WeekFigures f = weekFigures.of(week.municipalityId(), n, SWEDISH);
    List<WeeklyReport.Place> places = new ArrayList<>();
    for (var p : f.places()) {
      if (places.size() == MAX_PLACES) {
        break;
      }
      String name = p.name().isEmpty() ? t("field.weekly.place.near", p.near()) : p.name();
      String incidents =
          p.categories().stream()
              .map(c -> t("field.weekly.place.count", c.name(), c.count()))
              .collect(Collectors.joining(", "));
      places.add(new WeeklyReport.Place(name, incidents, ""));
    }
    reports.insertDraft(
        week.municipalityId(),
        week,
        settings.weeklyTitle(week.municipalityId(), n.week()),
        t("field.weekly.defaultAppeal"),
        presence(week),
        places,
        actor.accountId());
    return reports.ofWeek(week.municipalityId(), week.id()).orElseThrow();
  }

  /**
   * ”Trygghetsvärdar: 5 dagar (måndag–fredag), kl. 17–22.” per reporter kind seen in the week; the
   * days are the days events started on, and the hours are {@link #hours} of all its events.
   */
  private String presence(EstWeek week) {
    Map<String, List<EstFigureRepository.Presence>> byKind = new LinkedHashMap<>();
    for (var p : figures.presence(week.municipalityId(), week.week().start(), week.week().end())) {
      byKind.computeIfAbsent(p.reporterKind(), k -> new ArrayList<>()).add(p);
    }
    List<String> lines = new ArrayList<>();
    byKind.forEach(
        (kind, events) -> {
          List<LocalDate> days =
              events.stream().map(e -> e.start().toLocalDate()).distinct().sorted().toList();
          String dayNames =
              days.stream()
                  .map(LocalDate::getDayOfWeek)
                  .distinct()
                  .map(d -> d.getDisplayName(TextStyle.FULL, SWEDISH))
                  .collect(Collectors.joining(", "));
          int[] hours = hours(events);
          lines.add(
              t(
                  "field.weekly.presence.line",
                  t("field.weekly.reporterKind." + kind),
                  days.size(),
                  dayNames,
                  hour(hours[0]),
                  hour(hours[1])));
        });
    return String.join("\n", lines);
  }

  /**
   * The whole hours of the clock that the events cover, as a start and an end hour read round the
   * clock: the complement of the longest stretch of hours without any event. A shift from 21:00 to
   * 01:30 is 21 to 2, not 1 to 0; events round the clock give 0 to 24.
   */
  static int[] hours(List<EstFigureRepository.Presence> events) {
    boolean[] covered = new boolean[24];
    for (var e : events) {
      LocalDateTime slot = e.start().truncatedTo(ChronoUnit.HOURS);
      LocalDateTime last = e.end().isAfter(e.start()) ? e.end().minusNanos(1) : e.start();
      for (int n = 0; n < 24 && !slot.isAfter(last); n++, slot = slot.plusHours(1)) {
        covered[slot.getHour()] = true;
      }
    }
    int gapStart = -1;
    int gapLength = 0;
    for (int start = 0; start < 24; start++) {
      if (covered[start] || !covered[(start + 23) % 24]) {
        continue;
      }
      int length = 0;
      while (length < 24 && !covered[(start + length) % 24]) {
        length++;
      }
      if (length > gapLength) {
        gapStart = start;
        gapLength = length;
      }
    }
    if (gapStart < 0) {
      return new int[] {0, 24};
    }
    return new int[] {(gapStart + gapLength) % 24, gapStart};
  }

  private static String hour(int hour) {
    return String.format("%02d", hour);
  }

  /**
   * The edit form, whose texts were screened and checked when it was bound.
   *
   * @throws EstRuleViolation if the report is not editable
   */
  @Transactional
  public void save(WeeklyReport report, Command command) {
    checkEditable(report);
    reports.update(
        report.id(),
        command.title().text(),
        text(command.appeal()),
        text(command.presence()),
        text(command.activities()),
        command.rows().stream().map(Row::toPlace).toList());
  }

  /**
   * A draft saved by the application or a test: its texts are screened here.
   *
   * @throws EstRuleViolation if the report is not editable or a text is refused
   */
  @Transactional
  public void save(WeeklyReport report, Input input) {
    checkEditable(report);
    EstTextCheck check =
        new EstTextCheck(screener)
            .required("title", input.title())
            .text("title", input.title().strip(), MAX_TITLE)
            .text("appeal", input.appeal().strip(), MAX_TEXT)
            .text("presence", input.presence().strip(), MAX_TEXT)
            .text("activities", input.activities().strip(), MAX_TEXT);
    List<WeeklyReport.Place> places = new ArrayList<>();
    int i = 0;
    for (WeeklyReport.Place p : input.places()) {
      if (!(p.place().isBlank() && p.incidents().isBlank() && p.actions().isBlank())) {
        check
            .required("place-" + i, p.place())
            .text("place-" + i, p.place().strip(), MAX_TITLE)
            .text("incidents-" + i, p.incidents().strip(), MAX_TEXT)
            .text("actions-" + i, p.actions().strip(), MAX_TEXT);
        places.add(
            new WeeklyReport.Place(p.place().strip(), p.incidents().strip(), p.actions().strip()));
      }
      i++;
    }
    if (places.size() > MAX_PLACES) {
      throw new EstRuleViolation("", "field.weekly.error.tooManyPlaces");
    }
    check.orThrow();
    reports.update(
        report.id(),
        input.title().strip(),
        input.appeal().strip(),
        input.presence().strip(),
        input.activities().strip(),
        places);
  }

  private static void checkEditable(WeeklyReport report) {
    if (!report.editable()) {
      throw new EstRuleViolation("", "field.weekly.error.notEditable");
    }
  }
}
