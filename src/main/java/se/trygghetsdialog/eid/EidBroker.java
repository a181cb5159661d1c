package se.trygghetsdialog.eid;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The OIDC broker, spoken to with the Nimbus OAuth 2.0 / OpenID Connect SDK: its discovery
 * document, the authorization request (code flow, PKCE S256, state, nonce, acr_values LoA3), the
 * token request and the ID token's validation (signature against the broker's JWKS, issuer,
 * audience, expiry, nonce). Discovery is read on first use and kept.
 */
@Component
class EidBroker {

  private static final Logger log = LoggerFactory.getLogger(EidBroker.class);
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int READ_TIMEOUT_MS = 10_000;

  private final EidProperties properties;
  private volatile @Nullable Provider provider;

  EidBroker(EidProperties properties) {
    this.properties = properties;
  }

  private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  private Provider provider() {
    Provider known = provider;
    if (known != null) {
      return known;
    }
    try {
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(
              new Issuer(properties.issuerUri()), CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
      IDTokenValidator validator =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(properties.clientId()),
              JWSAlgorithm.RS256,
              metadata.getJWKSetURI().toURL(),
              new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS));
      known = new Provider(metadata, validator);
      provider = known;
      return known;
    } catch (GeneralException | IOException | RuntimeException e) {
      log.warn("The e-ID broker's discovery document could not be read: {}", e.toString());
      throw EidRefusal.of("unavailable", 503);
    }
  }

  /** Where to send the resident: the broker's authorization endpoint with this attempt's values. */
  URI authorizationUri(State state, Nonce nonce, CodeVerifier verifier, URI redirectUri) {
    return new AuthenticationRequest.Builder(
            new ResponseType(ResponseType.Value.CODE),
            new Scope(OIDCScopeValue.OPENID),
            new ClientID(properties.clientId()),
            redirectUri)
        .endpointURI(provider().metadata().getAuthorizationEndpointURI())
        .state(state)
        .nonce(nonce)
        .codeChallenge(verifier, CodeChallengeMethod.S256)
        .acrValues(List.of(new ACR(EidPolicy.LOA3)))
        .build()
        .toURI();
  }

  /**
   * Redeems the code at the token endpoint and validates the ID token it returns.
   *
   * @throws EidRefusal (400) when the broker refuses the code or the ID token is not valid for this
   *     client and nonce; (503) when the broker cannot be reached
   */
  IDTokenClaimsSet redeem(String code, URI redirectUri, CodeVerifier verifier, Nonce nonce) {
    Provider current = provider();
    JWT idToken;
    try {
      HTTPRequest request =
          new TokenRequest(
                  current.metadata().getTokenEndpointURI(),
                  new ClientSecretBasic(
                      new ClientID(properties.clientId()), new Secret(properties.clientSecret())),
                  new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri, verifier))
              .toHTTPRequest();
      request.setConnectTimeout(CONNECT_TIMEOUT_MS);
      request.setReadTimeout(READ_TIMEOUT_MS);
      TokenResponse response = OIDCTokenResponseParser.parse(request.send());
      if (!response.indicatesSuccess()) {
        log.info(
            "The e-ID broker refused the code: {}",
            response.toErrorResponse().getErrorObject().getCode());
        throw EidRefusal.of("token", 400);
      }
      idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    } catch (IOException e) {
      log.warn("The e-ID broker's token endpoint could not be reached: {}", e.toString());
      throw EidRefusal.of("unavailable", 503);
    } catch (ParseException | ClassCastException e) {
      log.info("The e-ID broker's token response was not an OIDC one: {}", e.getMessage());
      throw EidRefusal.of("token", 400);
    }
    if (idToken == null) {
      throw EidRefusal.of("token", 400);
    }
    try {
      return current.validator().validate(idToken, nonce);
    } catch (BadJOSEException | JOSEException e) {
      // The message names the failed check (audience, issuer, nonce, signature, expiry), never a
      // claim's value.
      log.info("An ID token was refused: {}", e.getMessage());
      throw EidRefusal.of("token", 400);
    }
  }
}
