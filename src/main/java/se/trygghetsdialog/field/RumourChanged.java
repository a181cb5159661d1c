package se.trygghetsdialog.field;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The trygghetssamordnare recorded, edited, published or unpublished a rumour's clarification. */
public record RumourChanged(
    MunicipalityId municipalityId, UUID rumourId, UUID actorAccountId, Change change)
    implements AuditableEvent {

  public enum Change {
    RECORDED,
    EDITED,
    PUBLISHED,
    UNPUBLISHED
  }

  @Override
  public String auditAction() {
    return "field.rumour-" + change.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String auditSubject() {
    return rumourId.toString();
  }
}
