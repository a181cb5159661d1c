package se.trygghetsdialog.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** A staff account as other modules see it (never the password hash). */
public record StaffMember(
    UUID id,
    MunicipalityId municipalityId,
    String email,
    String displayName,
    Set<Role> roles,
    @Nullable UUID organisationId,
    boolean enabled,
    boolean activated) {

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
