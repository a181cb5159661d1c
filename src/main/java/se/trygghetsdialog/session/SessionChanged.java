package se.trygghetsdialog.session;

import java.util.Locale;
import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The dialogue team planned a session, recorded its outcome, invited participants or sent notes.
 */
public record SessionChanged(
    MunicipalityId municipalityId, UUID sessionId, UUID actorAccountId, Change change)
    implements AuditableEvent {

  public enum Change {
    PLANNED,
    OUTCOME_RECORDED,
    PARTICIPANTS_INVITED,
    NOTES_PUBLISHED,
    HOLIDAYS_SET,
    MATERIAL_ADDED,
    MATERIAL_REMOVED
  }

  @Override
  public String auditAction() {
    return "session." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String auditSubject() {
    return sessionId.toString();
  }
}
