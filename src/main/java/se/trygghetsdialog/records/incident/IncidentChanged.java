package se.trygghetsdialog.records.incident;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** A change to the incident log. Carries ids only, never what the incident was about. */
public record IncidentChanged(
    MunicipalityId municipalityId, UUID incidentId, @Nullable UUID actorAccountId, Change change)
    implements AuditableEvent {

  public enum Change {
    RECORDED,
    EDITED,
    ACTION_ADDED,
    CLOSED,
    REMINDER_SENT
  }

  @Override
  public String auditAction() {
    return switch (change) {
      case RECORDED -> "records.incident-recorded";
      case EDITED -> "records.incident-edited";
      case ACTION_ADDED -> "records.incident-action-added";
      case CLOSED -> "records.incident-closed";
      case REMINDER_SENT -> "records.incident-reminder-sent";
    };
  }

  @Override
  public String auditSubject() {
    return incidentId.toString();
  }
}
