package se.trygghetsdialog.eid;

import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** The one-time rows of verifications under way, keyed by the hash of their OIDC state. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EidAttemptRepository {

  /** A verification between the redirect to the broker and its answer. */
  record Attempt(
      MunicipalityId municipality,
      String purpose,
      String subjectId,
      String returnPath,
      String redirectUri,
      String nonce,
      String sealedCodeVerifier) {}

  private final JdbcClient jdbc;

  /** Stores a new attempt and deletes the expired ones. */
  void insert(String stateHash, Attempt attempt, int minutes) {
    jdbc.sql("DELETE FROM eid_attempt WHERE expires_at < now()").update();
    jdbc.sql(
            """
            INSERT INTO eid_attempt (state_hash, municipality_id, purpose, subject_id, return_path,
                redirect_uri, nonce, code_verifier, expires_at)
            VALUES (:state, :municipality, :purpose, :subject, :returnPath, :redirectUri, :nonce,
                :verifier, now() + make_interval(mins => :minutes))
            """)
        .param("state", stateHash)
        .param("municipality", attempt.municipality().value())
        .param("purpose", attempt.purpose())
        .param("subject", attempt.subjectId())
        .param("returnPath", attempt.returnPath())
        .param("redirectUri", attempt.redirectUri())
        .param("nonce", attempt.nonce())
        .param("verifier", attempt.sealedCodeVerifier())
        .param("minutes", minutes)
        .update();
  }

  /**
   * Takes the attempt of this state once: the row is deleted, so a second answer with the same
   * state finds nothing. An expired attempt is deleted and not returned.
   */
  Optional<Attempt> take(String stateHash) {
    return jdbc.sql(
            """
            DELETE FROM eid_attempt WHERE state_hash = :state
            RETURNING municipality_id, purpose, subject_id, return_path, redirect_uri, nonce,
                code_verifier, expires_at > now() AS current
            """)
        .param("state", stateHash)
        .query(
            (rs, row) ->
                rs.getBoolean("current")
                    ? Optional.of(
                        new Attempt(
                            new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
                            rs.getString("purpose"),
                            rs.getString("subject_id"),
                            rs.getString("return_path"),
                            rs.getString("redirect_uri"),
                            rs.getString("nonce"),
                            rs.getString("code_verifier")))
                    : Optional.<Attempt>empty())
        .optional()
        .flatMap(attempt -> attempt);
  }
}
