package se.trygghetsdialog.walk;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A walk point was shared with another organisation, or the sharing was ended. The reason is kept
 * with the share, not in the audit log.
 */
public record WalkPointShared(
    MunicipalityId municipalityId,
    UUID pointId,
    UUID organisationId,
    UUID actorAccountId,
    boolean shared)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return shared ? "walk.point-shared" : "walk.point-unshared";
  }

  @Override
  public String auditSubject() {
    return pointId.toString();
  }
}
