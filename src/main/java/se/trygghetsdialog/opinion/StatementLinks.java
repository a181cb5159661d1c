package se.trygghetsdialog.opinion;

import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The private receipt links of residents' own statements. Tokens are 32 random bytes (URL-safe
 * base64), shown once on the receipt; only their SHA-256 is stored. A token opens "du sa – vi
 * gjorde" for its statement. Statement authors are anonymous: no address is ever kept.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StatementLinks {

  private final JdbcClient jdbc;

  static boolean wellFormed(String token) {
    return se.trygghetsdialog.shared.SecretTokens.wellFormed(token);
  }

  /** SHA-256 of a token, in hex: only this is stored. */
  static String hash(String token) {
    return se.trygghetsdialog.shared.SecretTokens.hash(token);
  }

  /** Issues a new private link token for the statement and stores its hash. */
  @Transactional
  public String issue(MunicipalityId municipality, StatementId statement) {
    String token = se.trygghetsdialog.shared.SecretTokens.newToken();
    jdbc.sql(
            "INSERT INTO opinion_statement_link_token (token_hash, municipality_id, statement_id)"
                + " VALUES (:h, :m, :s)")
        .param("h", hash(token))
        .param("m", municipality.value())
        .param("s", statement.value())
        .update();
    return token;
  }

  /** The statement a private link token stands for. */
  @Transactional(readOnly = true)
  public Optional<StatementId> statementOf(MunicipalityId municipality, String token) {
    if (!wellFormed(token)) {
      return Optional.empty();
    }
    return jdbc.sql(
            "SELECT statement_id FROM opinion_statement_link_token"
                + " WHERE municipality_id = :m AND token_hash = :h")
        .param("m", municipality.value())
        .param("h", hash(token))
        .query(UUID.class)
        .optional()
        .map(StatementId::new);
  }
}
