package se.trygghetsdialog.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** An invited staff member chose a password; the account can now be used to sign in. */
public record StaffInvitationAccepted(MunicipalityId municipalityId, UUID accountId)
    implements AuditableEvent {

  @Override
  public @Nullable UUID actorAccountId() {
    return accountId;
  }

  @Override
  public String auditAction() {
    return "identity.staffInvitationAccepted";
  }

  @Override
  public String auditSubject() {
    return accountId.toString();
  }
}
