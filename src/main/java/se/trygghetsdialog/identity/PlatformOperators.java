package se.trygghetsdialog.identity;

import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform operators of the install (table platform_operator): created from configuration at
 * start ({@link AccountBootstrap}) or by the demo data, and signed in on the operator pages.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlatformOperators {

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  /**
   * Creates an operator that can sign in at once; does nothing if the address is an operator's.
   *
   * @return whether an operator was created
   */
  @Transactional
  public boolean createWithPassword(String email, String displayName, String password) {
    return jdbc.sql(
                """
                INSERT INTO platform_operator (operator_id, email, display_name, password_hash)
                VALUES (:id, :email, :name, :hash) ON CONFLICT DO NOTHING
                """)
            .param("id", UUID.randomUUID())
            .param("email", email.strip())
            .param("name", displayName)
            .param("hash", passwords.encode(password))
            .update()
        == 1;
  }

  /** The operator with this address (any case), with the password hash, for sign-in. */
  Optional<OperatorPrincipal> byEmail(String email) {
    return jdbc.sql(
            """
            SELECT operator_id, email, display_name, password_hash FROM platform_operator
            WHERE lower(email) = lower(:email)
            """)
        .param("email", email.strip())
        .query(OperatorPrincipal.class)
        .optional();
  }

  /** Loads operators for the operator sign-in only; never a bean, so staff sign-in is untouched. */
  UserDetailsService userDetailsService() {
    return email -> byEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
  }

  /**
   * The signed-in operator of the current request.
   *
   * @throws org.springframework.security.access.AccessDeniedException if no operator is signed in
   */
  public static OperatorPrincipal signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof OperatorPrincipal p) {
      return p;
    }
    throw new org.springframework.security.access.AccessDeniedException("not an operator");
  }
}
