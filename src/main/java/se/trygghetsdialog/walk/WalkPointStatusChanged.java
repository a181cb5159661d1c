package se.trygghetsdialog.walk;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The status of a protocol point changed. */
public record WalkPointStatusChanged(
    MunicipalityId municipalityId, UUID pointId, @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "walk.pointStatusChanged";
  }

  @Override
  public String auditSubject() {
    return pointId.toString();
  }
}
