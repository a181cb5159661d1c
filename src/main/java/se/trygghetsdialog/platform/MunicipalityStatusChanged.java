package se.trygghetsdialog.platform;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A platform operator deactivated or reactivated a municipality; logged in its audit log with the
 * state before and after.
 */
public record MunicipalityStatusChanged(
    MunicipalityId municipalityId, UUID operatorId, boolean wasActive, boolean active)
    implements AuditableEvent {

  @Override
  public UUID actorAccountId() {
    return operatorId;
  }

  @Override
  public String auditAction() {
    return active ? "platform.municipality.reactivated" : "platform.municipality.deactivated";
  }

  @Override
  public String auditSubject() {
    return municipalityId.value().toString();
  }
}
