package se.trygghetsdialog.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** An administrator changed a staff member's roles or enabled or disabled the account. */
public record StaffRolesChanged(
    MunicipalityId municipalityId,
    UUID accountId,
    @Nullable UUID actorAccountId,
    Set<Role> roles,
    boolean enabled)
    implements StaffAccountEvent {

  @Override
  public String auditAction() {
    return "identity.staffRolesChanged";
  }
}
