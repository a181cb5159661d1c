package se.trygghetsdialog.walk;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The protocol of a walk was sent to its owners and published (version 1), or sent again. */
public record WalkProtocolSent(
    MunicipalityId municipalityId, UUID walkId, @Nullable UUID actorAccountId, int version)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return version > 1 ? "walk.protocolAmended" : "walk.protocolSent";
  }

  @Override
  public String auditSubject() {
    return walkId.toString();
  }
}
