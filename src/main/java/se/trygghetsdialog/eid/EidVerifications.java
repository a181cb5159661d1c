package se.trygghetsdialog.eid;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.SecretTokens;
import se.trygghetsdialog.shared.ServerSecret;
import se.trygghetsdialog.shared.Tenant;

/**
 * Residents prove who they are with e-ID for one purpose: {@link #begin} stores a one-time attempt
 * and answers the broker's address; {@link #complete} takes the attempt once, redeems the code,
 * checks the ID token and the rules, and hands the purpose's {@link ResidentVerificationHandler} a
 * {@link VerifiedResident}. The personnummer is read from the ID token inside {@link #complete} and
 * goes no further: not stored, not logged, not in any event.
 */
@Service
@EnableConfigurationProperties(EidProperties.class)
public class EidVerifications {

  private static final Logger log = LoggerFactory.getLogger(EidVerifications.class);
  private static final String VERIFIER = "eid-code-verifier";
  private static final String PSEUDONYM = "eid-pseudonym";

  private final EidProperties properties;
  private final EidBroker broker;
  private final EidAttemptRepository attempts;
  private final ServerSecret secret;
  private final TransactionTemplate transactions;
  private final Map<String, ResidentVerificationHandler> handlers;

  EidVerifications(
      EidProperties properties,
      EidBroker broker,
      EidAttemptRepository attempts,
      ServerSecret secret,
      PlatformTransactionManager transactions,
      List<ResidentVerificationHandler> handlers) {
    this.properties = properties;
    this.broker = broker;
    this.attempts = attempts;
    this.secret = secret;
    this.transactions = new TransactionTemplate(transactions);
    this.handlers =
        handlers.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    ResidentVerificationHandler::purpose, Function.identity()));
  }

  /** A verification begun: where to send the resident, and the state to bind to their browser. */
  public record Start(URI brokerUri, String state) {}

  /**
   * Whether e-ID is configured ({@code app.eid.issuer-uri} and {@code app.eid.client-id}). When
   * not, pages that need it tell residents how to submit on paper.
   */
  public boolean enabled() {
    return properties.configured();
  }

  /**
   * Begins a verification: asks the purpose's handler whether it may be done now, stores the
   * one-time attempt (state hash, nonce, sealed PKCE verifier) for {@link
   * EidPolicy#ATTEMPT_MINUTES} minutes and answers the broker address to redirect to.
   *
   * @param redirectUri this site's callback address ({@code /e-legitimation/svar} on the
   *     municipality's host name), registered at the broker
   * @throws EidRefusal when e-ID is off (404), the purpose, subject or return path is malformed
   *     (400) or the handler refuses
   */
  public Start begin(
      MunicipalityId municipality,
      String purpose,
      String subjectId,
      String returnPath,
      URI redirectUri) {
    if (!enabled()) {
      throw EidRefusal.of("disabled", 404);
    }
    ResidentVerificationHandler handler = handler(purpose);
    if (!EidPolicy.validSubject(subjectId) || !EidPolicy.validReturnPath(returnPath)) {
      throw EidRefusal.of("request", 400);
    }
    handler.check(municipality, subjectId);
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI brokerUri = broker.authorizationUri(state, nonce, verifier, redirectUri);
    attempts.insert(
        SecretTokens.hash(state.getValue()),
        new EidAttemptRepository.Attempt(
            municipality,
            purpose,
            subjectId,
            returnPath,
            redirectUri.toString(),
            nonce.getValue(),
            secret.seal(VERIFIER, verifier.getValue())),
        EidPolicy.ATTEMPT_MINUTES);
    return new Start(brokerUri, state.getValue());
  }

  /**
   * Completes the verification the broker answered: the attempt of {@code state} is taken once (a
   * replayed or expired state is refused), the code redeemed, the ID token validated (signature,
   * issuer, audience, expiry, nonce), its {@code acr} checked (LoA3 or higher), its personnummer
   * (12 digits, a real date, Luhn) and the age and residence rules. The handler then gets the
   * {@link VerifiedResident} in a transaction of its own.
   *
   * @param tenant the municipality of the host the answer arrived on
   * @param code the authorization code, null when the broker answered an error
   * @return the path to send the resident to
   * @throws EidRefusal with the reason; nothing is stored
   */
  public String complete(Tenant tenant, String state, @Nullable String code) {
    if (!enabled()) {
      throw EidRefusal.of("disabled", 404);
    }
    EidAttemptRepository.Attempt attempt =
        attempts
            .take(SecretTokens.hash(state))
            .filter(found -> found.municipality().equals(tenant.id()))
            .orElseThrow(() -> refused("state", 400));
    if (code == null || code.isBlank() || code.length() > 2_000) {
      throw refused("cancelled", 400);
    }
    ResidentVerificationHandler handler = handler(attempt.purpose());
    String verifier =
        secret
            .unseal(VERIFIER, attempt.sealedCodeVerifier())
            .orElseThrow(() -> refused("state", 400));
    IDTokenClaimsSet claims =
        broker.redeem(
            code,
            URI.create(attempt.redirectUri()),
            new CodeVerifier(verifier),
            new Nonce(attempt.nonce()));
    VerifiedResident resident = resident(tenant, attempt, claims);
    handler.check(attempt.municipality(), attempt.subjectId());
    try {
      transactions.executeWithoutResult(status -> handler.verified(resident));
    } catch (DuplicateKeyException e) {
      // The purpose's unique constraint on the pseudonym: this person has already done it.
      throw refused("duplicate", 409);
    }
    return attempt.returnPath();
  }

  private VerifiedResident resident(
      Tenant tenant, EidAttemptRepository.Attempt attempt, IDTokenClaimsSet claims) {
    ACR acr = claims.getACR();
    if (!EidPolicy.acceptsAcr(acr == null ? null : acr.getValue())) {
      throw refused("loa", 403);
    }
    LocalDate today = LocalDate.now(EidPolicy.ZONE);
    String personnummer = claims.getStringClaim(properties.personnummerClaim());
    LocalDate born = EidPolicy.birthDate(personnummer, today);
    if (personnummer == null || born == null) {
      throw refused("personnummer", 400);
    }
    int age = EidPolicy.age(born, today);
    if (age < properties.minimumAge()) {
      throw refused("age", 403);
    }
    Residence residence = residence(tenant, claims);
    if (residence == Residence.REGISTERED_ELSEWHERE && properties.requireResidence()) {
      throw refused("residence", 403);
    }
    String pseudonym =
        secret.sign(
            PSEUDONYM,
            String.join(
                "\n",
                attempt.municipality().value().toString(),
                attempt.purpose(),
                attempt.subjectId(),
                personnummer));
    return new VerifiedResident(
        attempt.municipality(),
        attempt.purpose(),
        attempt.subjectId(),
        pseudonym,
        AgeBand.of(age),
        residence);
  }

  private Residence residence(Tenant tenant, IDTokenClaimsSet claims) {
    if (properties.municipalityClaim().isEmpty()) {
      return Residence.NOT_STATED;
    }
    Object value = claims.getClaim(properties.municipalityClaim());
    if (value == null) {
      return Residence.NOT_STATED;
    }
    String code = value.toString().strip();
    if (!EidPolicy.validMunicipalityCode(code)) {
      throw refused("residence", 403);
    }
    return code.equals(tenant.code()) ? Residence.REGISTERED_HERE : Residence.REGISTERED_ELSEWHERE;
  }

  private ResidentVerificationHandler handler(String purpose) {
    ResidentVerificationHandler handler =
        EidPolicy.validPurpose(purpose) ? handlers.get(purpose) : null;
    if (handler == null) {
      throw EidRefusal.of("request", 400);
    }
    return handler;
  }

  /** Logs the reason only: nothing of the resident or the token. */
  private static EidRefusal refused(String reason, int status) {
    log.info("An e-ID verification was refused: {}", reason);
    return EidRefusal.of(reason, status);
  }
}
