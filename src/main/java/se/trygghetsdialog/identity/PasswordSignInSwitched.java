package se.trygghetsdialog.identity;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * An administrator switched the staff's password sign-in on or off, or the platform operator
 * switched it back on (then the actor is the operator's account).
 */
public record PasswordSignInSwitched(
    MunicipalityId municipalityId, UUID actorAccountId, boolean allowed) implements AuditableEvent {

  @Override
  public String auditAction() {
    return "identity.passwordSignInSwitched";
  }

  @Override
  public String auditSubject() {
    return "staff-idp";
  }
}
