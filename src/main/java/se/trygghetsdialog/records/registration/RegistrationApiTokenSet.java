package se.trygghetsdialog.records.registration;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** An administrator set a new bearer token for the diarium's read API. */
public record RegistrationApiTokenSet(MunicipalityId municipalityId, UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "records.registration-token-set";
  }

  @Override
  public String auditSubject() {
    return "registration";
  }
}
