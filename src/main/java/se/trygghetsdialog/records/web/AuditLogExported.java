package se.trygghetsdialog.records.web;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** Someone exported (a filtered part of) the audit log. */
record AuditLogExported(MunicipalityId municipalityId, UUID actorAccountId, String filter, int rows)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "records.log-exported";
  }

  @Override
  public String auditSubject() {
    return "audit_event";
  }
}
