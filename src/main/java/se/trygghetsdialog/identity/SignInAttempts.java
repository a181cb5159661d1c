package se.trygghetsdialog.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.TenantResolver;

/**
 * Locks an account for a while after repeated failed sign-ins, to slow down password guessing. The
 * lock is kept in the database so it holds across application nodes and restarts.
 */
@Component
class SignInAttempts {

  private final StaffAccountRepository accounts;
  private final TenantResolver tenants;
  private final int maxAttempts;
  private final Duration lockDuration;

  SignInAttempts(
      StaffAccountRepository accounts,
      TenantResolver tenants,
      @Value("${app.security.max-failed-sign-ins:5}") int maxAttempts,
      @Value("${app.security.lock-duration:15m}") Duration lockDuration) {
    this.accounts = accounts;
    this.tenants = tenants;
    this.maxAttempts = maxAttempts;
    this.lockDuration = lockDuration;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    Object name = event.getAuthentication().getPrincipal();
    if (name instanceof String email && !email.isBlank()) {
      accounts.recordFailure(
          StaffUserDetailsService.currentMunicipality(tenants),
          email.trim(),
          maxAttempts,
          OffsetDateTime.now().plus(lockDuration));
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
      accounts.recordSuccess(principal.municipalityId(), principal.accountId());
    }
  }
}
