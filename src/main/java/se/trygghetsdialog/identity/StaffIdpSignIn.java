package se.trygghetsdialog.identity;

import java.io.Serial;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.TenantResolver;

/**
 * Turns a verified OIDC sign-in into a staff account of the municipality whose identity provider
 * signed it. The address is the ID token's (or user info's) {@code email} unless {@code
 * email_verified} is false; without an {@code email}, a {@code preferred_username} or {@code upn}
 * that is an e-mail address (Entra ID's user principal name, which the organisation verified). It
 * must belong to an enabled account of that municipality; an invited one becomes active (the
 * identity provider proved the address). Roles come from the product, never from the token. Nothing
 * is created for an unknown address.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StaffIdpSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

  /** Why a sign-in was refused: the error code, also the refusal page's reason. */
  static final String UNKNOWN = "unknown_account";

  static final String UNVERIFIED = "email_not_verified";
  static final String NO_EMAIL = "no_email";
  static final String DISABLED = "account_disabled";
  static final String FOREIGN = "foreign_registration";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final StaffAccountRepository accounts;
  private final StaffIdps idps;
  private final TenantResolver tenants;
  private final ApplicationEventPublisher events;
  private final OidcUserService oidcUsers = new OidcUserService();

  /** The OIDC user of a staff sign-in, carrying the product's principal. */
  static final class StaffOidcUser extends DefaultOidcUser {
    @Serial private static final long serialVersionUID = 1L;

    private final StaffPrincipal staff;

    StaffOidcUser(OidcUser user, StaffPrincipal staff) {
      super(staff.getAuthorities(), user.getIdToken(), user.getUserInfo(), "sub");
      this.staff = staff;
    }

    StaffPrincipal staff() {
      return staff;
    }
  }

  @Override
  @Transactional
  public OidcUser loadUser(OidcUserRequest request) {
    MunicipalityId municipality =
        StaffIdps.municipalityOf(request.getClientRegistration().getRegistrationId())
            .filter(m -> m.equals(StaffUserDetailsService.currentMunicipality(tenants)))
            .orElseThrow(() -> refusal(FOREIGN));
    OidcUser user = oidcUsers.loadUser(request);
    String email = email(user).orElseThrow(() -> refusal(emailProblem(user)));
    StaffAccountRepository.Row row =
        accounts.byEmail(municipality, email).orElseThrow(() -> refusal(UNKNOWN));
    StaffMember member = row.member();
    if (!member.enabled()) {
      throw refusal(DISABLED);
    }
    if (!member.activated()) {
      accounts.activateThroughIdp(municipality, member.id());
      events.publishEvent(new StaffActivatedThroughIdp(municipality, member.id()));
    }
    idps.client(municipality).ifPresent(client -> idps.verified(municipality, client));
    accounts.recordSuccess(municipality, member.id());
    StaffPrincipal staff =
        new StaffPrincipal(
            member.id(),
            municipality.value(),
            member.email(),
            member.displayName(),
            null,
            member.roles(),
            true);
    return new StaffOidcUser(user, staff);
  }

  /** The verified e-mail address of the sign-in, by the rule in the class comment. */
  static Optional<String> email(OidcUser user) {
    if (Boolean.FALSE.equals(verified(user.getClaims().get("email_verified")))) {
      return Optional.empty();
    }
    String email = user.getClaimAsString("email");
    if (email != null && !email.isBlank()) {
      return Optional.of(email.trim()).filter(e -> EMAIL.matcher(e).matches());
    }
    for (String claim : new String[] {"preferred_username", "upn"}) {
      String value = user.getClaimAsString(claim);
      if (value != null && EMAIL.matcher(value.trim()).matches()) {
        return Optional.of(value.trim());
      }
    }
    return Optional.empty();
  }

  private static String emailProblem(OidcUser user) {
    return Boolean.FALSE.equals(verified(user.getClaims().get("email_verified")))
        ? UNVERIFIED
        : NO_EMAIL;
  }

  /** The {@code email_verified} claim as a boolean; some providers send it as a string. */
  private static @Nullable Boolean verified(@Nullable Object claim) {
    if (claim instanceof Boolean b) {
      return b;
    }
    if (claim instanceof String s) {
      return Boolean.valueOf(s.trim().toLowerCase(Locale.ROOT));
    }
    return null;
  }

  private static OAuth2AuthenticationException refusal(String code) {
    return new OAuth2AuthenticationException(new OAuth2Error(code), code);
  }
}
