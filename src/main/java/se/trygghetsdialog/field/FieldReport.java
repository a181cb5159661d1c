package se.trygghetsdialog.field;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/** A filed field report with its events in the order they were entered. */
public record FieldReport(
    UUID id,
    MunicipalityId municipalityId,
    UUID submissionKey,
    UUID reporterAccountId,
    ReporterKind reporterKind,
    OffsetDateTime filedAt,
    List<FieldEvent> events) {

  public FieldReport {
    events = List.copyOf(events);
  }

  public int peopleInvolved() {
    return events.stream().mapToInt(FieldEvent::peopleInvolved).sum();
  }

  public boolean flagged() {
    return events.stream().anyMatch(FieldEvent::flagged);
  }
}
