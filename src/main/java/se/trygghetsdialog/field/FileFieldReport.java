package se.trygghetsdialog.field;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A rapportör files a field report. Filing is idempotent per submission key: the form carries a key
 * made when it was shown, and filing again with the same key (a resubmission after a lost
 * connection, a double tap, a retry from the phone's saved draft) returns the report filed first —
 * also when both arrive at once (the database's unique key decides, the loser reads the winner's).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FileFieldReport {

  /** A validated report; see {@link FieldReportCommand}. */
  public record Input(UUID submissionKey, ReporterKind reporterKind, List<EventInput> events) {
    public Input {
      events = List.copyOf(events);
    }
  }

  /** A validated event. {@code flagged}: screening found possible personal data, confirmed. */
  public record EventInput(
      UUID categoryId,
      Coordinates location,
      String placeName,
      OffsetDateTime startedAt,
      OffsetDateTime endedAt,
      int peopleInvolved,
      boolean policeContacted,
      String whatHappened,
      String actionTaken,
      boolean flagged) {}

  /** The filed report; {@code created} is false when the key had been filed before. */
  public record Receipt(UUID reportId, boolean created) {}

  private final FieldReportRepository reports;
  private final PlaceCategories categories;
  private final PlaceSettings settings;
  private final Gazetteer gazetteer;
  private final ApplicationEventPublisher events;

  /**
   * The rapportör's report form, whose texts were screened when it was bound: a place chosen from
   * the list gives the event its point and name (a name is never taken as typed).
   *
   * @throws FieldRuleViolation naming the first event's field that breaks a rule (see {@link
   *     #problems})
   */
  @Transactional
  public Receipt file(
      MunicipalityId municipality, UUID reporterAccountId, FieldReportCommand report) {
    List<FieldRuleViolation> problems = problems(municipality, report);
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
    List<EventInput> inputs = new ArrayList<>();
    for (FieldReportCommand.Event e : report.events()) {
      Optional<GazetteerEntry> place = place(municipality, e);
      inputs.add(
          new EventInput(
              e.categoryId(),
              place.map(GazetteerEntry::location).orElseGet(() -> point(e)),
              place.map(GazetteerEntry::name).orElse(""),
              e.start(),
              e.end(),
              e.people().intValueExact(),
              e.police(),
              e.whatHappened().text(),
              e.actionText(),
              e.flagged()));
    }
    return file(
        municipality,
        reporterAccountId,
        new Input(report.submissionKey(), report.reporterKind(), inputs));
  }

  /**
   * What the report form breaks that the database or the clock decides, every event at once: the
   * category must be reportable, the place known or the point inside the municipality, the end not
   * before the start and neither in the future. Fields are named by the command's paths ({@code
   * events[0].categoryId}).
   */
  public List<FieldRuleViolation> problems(MunicipalityId municipality, FieldReportCommand report) {
    return FieldReportRules.problems(
        report,
        id -> categories.reportable(municipality, id),
        e -> place(municipality, e),
        settings.of(municipality),
        Instant.now());
  }

  private Optional<GazetteerEntry> place(MunicipalityId municipality, FieldReportCommand.Event e) {
    return e.gazetteerId() == null
        ? Optional.empty()
        : gazetteer.find(municipality, e.gazetteerId());
  }

  static Coordinates point(FieldReportCommand.Event e) {
    return new Coordinates(e.latitude(), e.longitude());
  }

  @Transactional
  public Receipt file(MunicipalityId municipality, UUID reporterAccountId, Input input) {
    if (input.events().isEmpty() || input.events().size() > FieldPolicy.MAX_EVENTS) {
      throw new FieldRuleViolation("", "field.report.error.events");
    }
    Optional<UUID> existing = reports.idBySubmissionKey(municipality, input.submissionKey());
    if (existing.isPresent()) {
      return new Receipt(existing.get(), false);
    }
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now();
    if (!reports.insertIfNew(
        municipality, id, input.submissionKey(), reporterAccountId, input.reporterKind(), now)) {
      // Filed concurrently with the same key: the other request won; answer with its report.
      return new Receipt(
          reports
              .idBySubmissionKey(municipality, input.submissionKey())
              .orElseThrow(() -> new IllegalStateException("submission key vanished")),
          false);
    }
    int position = 0;
    int people = 0;
    for (EventInput event : input.events()) {
      reports.insertEvent(municipality, id, position++, event);
      people += event.peopleInvolved();
    }
    events.publishEvent(
        new FieldReportFiled(
            municipality,
            id,
            reporterAccountId,
            input.reporterKind(),
            input.events().size(),
            people,
            now));
    return new Receipt(id, true);
  }
}
