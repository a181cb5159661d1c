package se.trygghetsdialog.records.incident;

import java.util.Locale;
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
    return "records.incident-" + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String auditSubject() {
    return incidentId.toString();
  }
}
