package se.trygghetsdialog.perspective.web;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** A staff member downloaded a dialogue's perspective map as CSV. */
record PerspectiveMapExported(MunicipalityId municipalityId, UUID actorAccountId, UUID dialogueId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "perspective.map-exported";
  }

  @Override
  public String auditSubject() {
    return dialogueId.toString();
  }
}
