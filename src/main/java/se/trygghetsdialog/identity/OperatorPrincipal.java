package se.trygghetsdialog.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in platform operator, kept in the session. An operator belongs to no municipality and
 * holds no municipal role: the staff pages refuse this principal, and the session municipality
 * check does not apply to it.
 */
public final class OperatorPrincipal implements UserDetails, CredentialsContainer, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The Spring Security authority of every operator. */
  public static final String AUTHORITY = "ROLE_PLATFORM_OPERATOR";

  private final UUID operatorId;
  private final String email;
  private final String displayName;
  private @Nullable String passwordHash;

  OperatorPrincipal(
      UUID operatorId, String email, String displayName, @Nullable String passwordHash) {
    this.operatorId = operatorId;
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
  }

  public UUID operatorId() {
    return operatorId;
  }

  public String displayName() {
    return displayName;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(AUTHORITY));
  }

  @Override
  public String getPassword() {
    return passwordHash == null ? "" : passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  /** The hash is dropped once authentication is done so it never reaches the session store. */
  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
