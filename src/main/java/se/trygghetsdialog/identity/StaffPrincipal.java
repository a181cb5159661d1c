package se.trygghetsdialog.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.SignedInUser;

/** The signed-in staff member, kept in the (JDBC-stored) session. */
public final class StaffPrincipal
    implements UserDetails, SignedInUser, CredentialsContainer, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final UUID accountId;
  private final UUID municipality;
  private final String email;
  private final String displayName;
  private @Nullable String passwordHash;
  private final Set<Role> roles;
  private final boolean enabled;

  StaffPrincipal(
      UUID accountId,
      UUID municipality,
      String email,
      String displayName,
      @Nullable String passwordHash,
      Set<Role> roles,
      boolean enabled) {
    this.accountId = accountId;
    this.municipality = municipality;
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = Set.copyOf(roles);
    this.enabled = enabled;
  }

  @Override
  public UUID accountId() {
    return accountId;
  }

  @Override
  public MunicipalityId municipalityId() {
    return new MunicipalityId(municipality);
  }

  @Override
  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return roles;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream()
        .map(r -> new SimpleGrantedAuthority(r.authority()))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String getPassword() {
    return passwordHash == null ? "" : passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  /** The hash is dropped once authentication is done so it never reaches the session store. */
  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
