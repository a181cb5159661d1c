package se.trygghetsdialog.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.SecretTokens;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.TenantResolver;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.shared.web.Tenants;

/**
 * Slows down password guessing without letting anyone lock another person out. Failed sign-ins are
 * counted per client address and e-mail address together, the same whether or not an account has
 * that address; past a few free failures each one makes the next try from that address wait longer
 * ({@link SignInDelays}). Sign-in from any other address goes on as usual. The first time a wait
 * starts, the account holder (if there is one) is told by mail, at most once an hour. The counts
 * live in the database so they hold across application nodes and restarts.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignInAttempts {

  /** Failures older than this are forgotten. */
  static final Duration FORGET_AFTER = Duration.ofDays(1);

  /** The holder is told at most this often. */
  static final Duration WARN_AT_MOST_EVERY = Duration.ofHours(1);

  private static final Locale MAIL_LOCALE = Locale.forLanguageTag("sv");
  private static final DateTimeFormatter MAIL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

  private final SignInThrottleRepository throttles;
  private final StaffAccountRepository accounts;
  private final TenantResolver tenants;
  private final MailOutbox mail;
  private final MessageSource messages;
  private final SignInDelays delays;
  private final Clock clock;

  @Autowired
  SignInAttempts(
      SignInThrottleRepository throttles,
      StaffAccountRepository accounts,
      TenantResolver tenants,
      MailOutbox mail,
      MessageSource messages,
      @Value("${app.security.sign-in.free-failures:4}") int freeFailures,
      @Value("${app.security.sign-in.first-delay:30s}") Duration firstDelay,
      @Value("${app.security.sign-in.max-delay:15m}") Duration maxDelay) {
    this(
        throttles,
        accounts,
        tenants,
        mail,
        messages,
        new SignInDelays(freeFailures, firstDelay, maxDelay),
        Clock.systemUTC());
  }

  /**
   * Until when a sign-in with this e-mail address from this client address must wait, if at all.
   */
  Optional<Instant> waitUntil(MunicipalityId municipality, String clientAddress, String email) {
    Instant now = clock.instant();
    return throttles
        .find(municipality, key(clientAddress), key(normalised(email)))
        .map(SignInThrottleRepository.Row::blockedUntil)
        .map(OffsetDateTime::toInstant)
        .filter(until -> until.isAfter(now));
  }

  /** The request's client tried this e-mail address with a wrong password (or no such account). */
  void failed(Tenant tenant, String clientAddress, String email) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String clientKey = key(clientAddress);
    String emailKey = key(normalised(email));
    throttles.forgetBefore(now.minus(FORGET_AFTER));
    int failures =
        throttles.countFailure(tenant.id(), clientKey, emailKey, now, now.minus(FORGET_AFTER));
    Duration wait = delays.after(failures);
    if (!wait.isZero()) {
      throttles.block(tenant.id(), clientKey, emailKey, now.plus(wait));
    }
    if (delays.firstDelayed(failures)) {
      tellHolder(tenant, clientAddress, email, failures, now);
    }
  }

  /** A sign-in succeeded: failures from this client with this e-mail address are forgotten. */
  void succeeded(MunicipalityId municipality, String clientAddress, String email, UUID accountId) {
    throttles.clear(municipality, key(clientAddress), key(normalised(email)));
    accounts.recordSuccess(municipality, accountId);
  }

  private void tellHolder(
      Tenant tenant, String clientAddress, String email, int failures, OffsetDateTime now) {
    accounts
        .byEmail(tenant.id(), email.trim())
        .filter(row -> row.member().enabled() && row.passwordHash() != null)
        .filter(
            row ->
                accounts.claimSignInWarning(
                    tenant.id(), row.member().id(), now, now.minus(WARN_AT_MOST_EVERY)))
        .ifPresent(
            row ->
                mail.queue(
                    tenant.id(),
                    row.member().email(),
                    messages.getMessage(
                        "identity.signInWarning.mail.subject",
                        new Object[] {tenant.name()},
                        MAIL_LOCALE),
                    messages.getMessage(
                        "identity.signInWarning.mail.body",
                        new Object[] {
                          row.member().displayName(),
                          tenant.name(),
                          failures,
                          clientAddress,
                          MAIL_TIME.format(now)
                        },
                        MAIL_LOCALE)));
  }

  @EventListener
  @Transactional
  void on(AuthenticationFailureBadCredentialsEvent event) {
    HttpServletRequest request = currentRequest();
    if (request != null && event.getAuthentication().getPrincipal() instanceof String email) {
      failed(Tenants.current(request, tenants), request.getRemoteAddr(), email);
    }
  }

  @EventListener
  @Transactional
  void on(AuthenticationSuccessEvent event) {
    HttpServletRequest request = currentRequest();
    if (request == null) {
      return;
    }
    Object principal = event.getAuthentication().getPrincipal();
    if (principal instanceof StaffPrincipal p) {
      succeeded(p.municipalityId(), request.getRemoteAddr(), p.getUsername(), p.accountId());
    } else if (principal instanceof OperatorPrincipal p) {
      // An operator signs in on any municipality's host; the failures counted there are forgotten.
      throttles.clear(
          Tenants.current(request, tenants).id(),
          key(request.getRemoteAddr()),
          key(normalised(p.getUsername())));
    }
  }

  private static @Nullable HttpServletRequest currentRequest() {
    if (RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes attributes) {
      return attributes.getRequest();
    }
    return null;
  }

  static String normalised(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  /** A SHA-256 of the value, so that neither addresses nor what was typed are stored. */
  static String key(String value) {
    return SecretTokens.hash(value);
  }
}
