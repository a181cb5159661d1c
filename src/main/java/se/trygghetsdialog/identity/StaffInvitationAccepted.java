package se.trygghetsdialog.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** An invited staff member chose a password; the account can now be used to sign in. */
public record StaffInvitationAccepted(MunicipalityId municipalityId, UUID accountId)
    implements StaffAccountEvent {

  @Override
  public @Nullable UUID actorAccountId() {
    return accountId;
  }

  @Override
  public String auditAction() {
    return "identity.staffInvitationAccepted";
  }
}
