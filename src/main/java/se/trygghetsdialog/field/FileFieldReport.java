package se.trygghetsdialog.field;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A rapportör files a field report. Filing is idempotent per submission key: the form carries a key
 * made when it was shown, and filing again with the same key (a resubmission after a lost
 * connection, a double tap, a retry from the phone's saved draft) returns the report filed first —
 * also when both arrive at once (the database's unique key decides, the loser reads the winner's).
 */
@Service
public class FileFieldReport {

  /** A validated report; see {@link FieldReportValidation}. */
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
  private final ApplicationEventPublisher events;

  FileFieldReport(FieldReportRepository reports, ApplicationEventPublisher events) {
    this.reports = reports;
    this.events = events;
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
