package se.trygghetsdialog.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.ServerSecret;

/**
 * A municipality's own identity provider (OIDC) for staff sign-in, set by an administrator: issuer,
 * client id and client secret (kept sealed, never shown again, never in the audit log), and whether
 * staff may still sign in with a password. Password sign-in can be switched off only once a sign-in
 * through the identity provider has worked, and the identity provider cannot be changed while it is
 * off, so that nobody locks the municipality out.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StaffIdps {

  /** Longest issuer URI and client id accepted. */
  public static final int MAX_LENGTH = 500;

  private static final String REGISTRATION_PREFIX = "kommun-";

  private final StaffIdpRepository idps;
  private final ServerSecret secret;
  private final IdentityPolicy policy;
  private final ApplicationEventPublisher events;

  /** The form of the settings page, as typed. */
  public record Command(
      @Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret) {}

  public Optional<StaffIdpSettings> settings(MunicipalityId municipality) {
    return idps.find(municipality)
        .map(
            row ->
                new StaffIdpSettings(
                    registrationId(municipality),
                    row.issuerUri(),
                    row.clientId(),
                    row.verifiedAt(),
                    row.passwordSignIn()));
  }

  /** Whether staff of the municipality may sign in with a password (true without an IdP). */
  public boolean passwordSignInAllowed(MunicipalityId municipality) {
    return idps.find(municipality).map(StaffIdpRepository.Row::passwordSignIn).orElse(true);
  }

  /**
   * Saves the identity provider after checking that the issuer publishes an OpenID configuration. A
   * blank secret keeps the stored one.
   *
   * @throws IdentityRuleViolation naming the field that cannot be used
   */
  @Transactional
  public void configure(MunicipalityId municipality, StaffPrincipal person, Command command) {
    requireAdministrator(person);
    Optional<StaffIdpRepository.Row> current = idps.find(municipality);
    if (current.isPresent() && !current.get().passwordSignIn()) {
      throw new IdentityRuleViolation("issuerUri", "identity.idp.error.passwordOff");
    }
    String issuer = trimmed(command.issuerUri());
    String clientId = trimmed(command.clientId());
    String newSecret = command.clientSecret() == null ? "" : command.clientSecret().trim();
    if (!acceptableIssuer(issuer)) {
      throw new IdentityRuleViolation("issuerUri", "identity.idp.error.issuer");
    }
    if (clientId.isEmpty() || clientId.length() > MAX_LENGTH) {
      throw new IdentityRuleViolation("clientId", "identity.idp.error.clientId");
    }
    if (newSecret.length() > MAX_LENGTH || newSecret.isEmpty() && current.isEmpty()) {
      throw new IdentityRuleViolation("clientSecret", "identity.idp.error.clientSecret");
    }
    try {
      ClientRegistrations.fromIssuerLocation(issuer);
    } catch (RuntimeException e) {
      throw new IdentityRuleViolation("issuerUri", "identity.idp.error.discovery");
    }
    String sealed =
        newSecret.isEmpty()
            ? current.orElseThrow().clientSecretSealed()
            : secret.seal(secretPurpose(municipality), newSecret);
    idps.save(municipality, issuer, clientId, sealed);
    events.publishEvent(
        new StaffIdpConfigured(
            municipality, person.accountId(), issuer, clientId, !newSecret.isEmpty()));
  }

  /**
   * Switches password sign-in on or off.
   *
   * @return the message key of why it was refused, or empty when it was done
   */
  @Transactional
  public Optional<String> switchPasswordSignIn(
      MunicipalityId municipality, StaffPrincipal person, boolean allowed) {
    requireAdministrator(person);
    Optional<StaffIdpRepository.Row> current = idps.find(municipality);
    if (!allowed && current.map(row -> row.verifiedAt() == null).orElse(true)) {
      return Optional.of("identity.idp.error.notVerified");
    }
    if (current.isEmpty() || current.get().passwordSignIn() == allowed) {
      return Optional.empty();
    }
    idps.passwordSignIn(municipality, allowed);
    events.publishEvent(new PasswordSignInSwitched(municipality, person.accountId(), allowed));
    return Optional.empty();
  }

  /**
   * The platform operator switches password sign-in back on, for a municipality whose identity
   * provider stopped working while passwords were off; audited in the municipality's log with the
   * operator as the actor.
   *
   * @return whether it was off
   */
  @Transactional
  public boolean restorePasswordSignIn(MunicipalityId municipality, UUID operatorId) {
    if (passwordSignInAllowed(municipality)) {
      return false;
    }
    idps.passwordSignIn(municipality, true);
    events.publishEvent(new PasswordSignInSwitched(municipality, operatorId, true));
    return true;
  }

  /** The municipalities whose staff cannot sign in with a password, for the operator's list. */
  public Set<MunicipalityId> passwordSignInOff() {
    return idps.passwordSignInOff();
  }

  private void requireAdministrator(StaffPrincipal person) {
    if (!policy.mayAdminister(person)) {
      throw new org.springframework.security.access.AccessDeniedException("not administrator");
    }
  }

  /** The stored configuration with its secret unsealed, for the client registration. */
  Optional<Client> client(MunicipalityId municipality) {
    return idps.find(municipality)
        .flatMap(
            row ->
                secret
                    .unseal(secretPurpose(municipality), row.clientSecretSealed())
                    .map(
                        clientSecret ->
                            new Client(
                                row.issuerUri(), row.clientId(), clientSecret, row.changedAt())));
  }

  /** Records that a sign-in through this configuration worked. */
  void verified(MunicipalityId municipality, Client client) {
    idps.verified(municipality, client.changedAt());
  }

  record Client(
      String issuerUri, String clientId, String clientSecret, java.time.OffsetDateTime changedAt) {
    @Override
    public String toString() {
      return "Client[" + issuerUri + ", " + clientId + "]";
    }
  }

  /** The id of the OIDC client registration of the municipality. */
  public static String registrationId(MunicipalityId municipality) {
    return REGISTRATION_PREFIX + municipality.value();
  }

  /** The municipality of a registration id, if it is one. */
  static Optional<MunicipalityId> municipalityOf(String registrationId) {
    if (!registrationId.startsWith(REGISTRATION_PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new MunicipalityId(
              UUID.fromString(registrationId.substring(REGISTRATION_PREFIX.length()))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String secretPurpose(MunicipalityId municipality) {
    return "staff-idp-client-secret:" + municipality.value();
  }

  private static String trimmed(@Nullable String value) {
    return value == null ? "" : value.trim();
  }

  /**
   * An absolute https URI without query or fragment; plain http only for this machine (a test or
   * development identity provider).
   */
  static boolean acceptableIssuer(String issuer) {
    if (issuer.isEmpty() || issuer.length() > MAX_LENGTH) {
      return false;
    }
    try {
      URI uri = new URI(issuer);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost();
      if (host == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
        return false;
      }
      boolean local = host.equals("localhost") || host.equals("127.0.0.1");
      return scheme.equals("https") || scheme.equals("http") && local;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
