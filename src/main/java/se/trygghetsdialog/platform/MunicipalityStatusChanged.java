package se.trygghetsdialog.platform;

import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A platform operator deactivated or reactivated a municipality; logged in its audit log with the
 * state before and after.
 */
public record MunicipalityStatusChanged(
    MunicipalityId municipalityId, UUID operatorId, boolean wasActive, boolean active)
    implements OperatorChange {

  @Override
  public String auditAction() {
    return active ? "platform.municipality.reactivated" : "platform.municipality.deactivated";
  }
}
