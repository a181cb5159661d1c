package se.trygghetsdialog.participation.web;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** A staff member downloaded one of a dialogue's participation tables as CSV. */
record ParticipationTableExported(
    MunicipalityId municipalityId, UUID actorAccountId, UUID dialogueId, String table)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "participation.table-exported";
  }

  @Override
  public String auditSubject() {
    return dialogueId.toString();
  }
}
