package se.trygghetsdialog.eid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.eid.*}: the OIDC broker residents prove who they are through. Without an issuer URI
 * and client id e-ID is off ({@link EidVerifications#enabled()}).
 *
 * @param issuerUri the broker's issuer; its discovery document gives the endpoints and keys
 * @param clientId this installation's client id at the broker
 * @param clientSecret the client secret (HTTP Basic at the token endpoint)
 * @param personnummerClaim the ID-token claim holding the 12-digit personnummer
 * @param municipalityClaim the claim holding the kommunkod of the folkbokföring, when the broker
 *     gives it; blank for none
 * @param minimumAge the age a resident must have reached; 0 for no rule
 * @param requireResidence whether a resident whose folkbokföring claim names another municipality
 *     is refused (a broker without that claim is not refused)
 */
@ConfigurationProperties("app.eid")
record EidProperties(
    @DefaultValue("") String issuerUri,
    @DefaultValue("") String clientId,
    @DefaultValue("") String clientSecret,
    @DefaultValue(EidProperties.DEFAULT_PERSONNUMMER_CLAIM) String personnummerClaim,
    @DefaultValue("") String municipalityClaim,
    @DefaultValue("0") int minimumAge,
    @DefaultValue("true") boolean requireResidence) {

  static final String DEFAULT_PERSONNUMMER_CLAIM =
      "https://id.oidc.se/claim/personalIdentityNumber";

  EidProperties {
    issuerUri = issuerUri == null ? "" : issuerUri.strip();
    clientId = clientId == null ? "" : clientId.strip();
    clientSecret = clientSecret == null ? "" : clientSecret;
    personnummerClaim =
        personnummerClaim == null || personnummerClaim.isBlank()
            ? DEFAULT_PERSONNUMMER_CLAIM
            : personnummerClaim.strip();
    municipalityClaim = municipalityClaim == null ? "" : municipalityClaim.strip();
  }

  boolean configured() {
    return !issuerUri.isEmpty() && !clientId.isEmpty();
  }
}
