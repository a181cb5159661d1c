package se.trygghetsdialog.walk;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** A staff member planned a walk. */
public record WalkPlanned(MunicipalityId municipalityId, UUID walkId, @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "walk.planned";
  }

  @Override
  public String auditSubject() {
    return walkId.toString();
  }
}
