package se.trygghetsdialog.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * An invited staff member signed in through the municipality's identity provider, which proved the
 * address; the account is now active without a password.
 */
public record StaffActivatedThroughIdp(MunicipalityId municipalityId, UUID accountId)
    implements StaffAccountEvent {

  @Override
  public @Nullable UUID actorAccountId() {
    return accountId;
  }

  @Override
  public String auditAction() {
    return "identity.staffActivatedThroughIdp";
  }
}
