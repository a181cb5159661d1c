package se.trygghetsdialog.identity;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.TenantResolver;

/**
 * The OIDC client registration of the request's municipality, built from its identity provider's
 * settings and discovery document. A registration id of another municipality than the one of the
 * request's host name is unknown here, so a sign-in can only start and finish on the municipality's
 * own host names. The discovery is cached until the settings change.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdpClientRegistrations implements ClientRegistrationRepository {

  private static final Logger log = LoggerFactory.getLogger(IdpClientRegistrations.class);

  private final StaffIdps idps;
  private final TenantResolver tenants;

  private record Built(OffsetDateTime changedAt, ClientRegistration registration) {}

  private final Map<MunicipalityId, Built> cache = new ConcurrentHashMap<>();

  @Override
  public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
    Optional<MunicipalityId> municipality = StaffIdps.municipalityOf(registrationId);
    if (municipality.isEmpty()
        || !municipality.get().equals(StaffUserDetailsService.currentMunicipality(tenants))) {
      return null;
    }
    return idps.client(municipality.get())
        .map(client -> registration(municipality.get(), registrationId, client))
        .orElse(null);
  }

  private @Nullable ClientRegistration registration(
      MunicipalityId municipality, String registrationId, StaffIdps.Client client) {
    Built built = cache.get(municipality);
    if (built != null && built.changedAt().equals(client.changedAt())) {
      return built.registration();
    }
    try {
      ClientRegistration registration =
          ClientRegistrations.fromIssuerLocation(client.issuerUri())
              .registrationId(registrationId)
              .clientId(client.clientId())
              .clientSecret(client.clientSecret())
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
              .scope("openid", "email", "profile")
              .userNameAttributeName("sub")
              .clientSettings(
                  ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
              .build();
      cache.put(municipality, new Built(client.changedAt(), registration));
      return registration;
    } catch (RuntimeException e) {
      log.warn(
          "The identity provider {} of municipality {} gave no usable OpenID configuration: {}",
          client.issuerUri(),
          municipality.value(),
          e.toString());
      return null;
    }
  }
}
