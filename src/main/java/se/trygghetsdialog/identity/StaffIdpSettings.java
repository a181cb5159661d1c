package se.trygghetsdialog.identity;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's identity provider for staff sign-in as administrators see it: never the client
 * secret.
 *
 * @param registrationId the id of the OIDC client registration built for it
 * @param verifiedAt when a sign-in through this configuration first succeeded, if it has
 * @param passwordSignIn whether staff may still sign in with a password
 */
public record StaffIdpSettings(
    String registrationId,
    String issuerUri,
    String clientId,
    @Nullable OffsetDateTime verifiedAt,
    boolean passwordSignIn) {

  public boolean verified() {
    return verifiedAt != null;
  }
}
