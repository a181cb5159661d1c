package se.trygghetsdialog.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** An administrator invited a new staff member, who has not chosen a password yet. */
public record StaffMemberInvited(
    MunicipalityId municipalityId, UUID accountId, @Nullable UUID actorAccountId, Set<Role> roles)
    implements StaffAccountEvent {

  @Override
  public String auditAction() {
    return "identity.staffMemberInvited";
  }
}
