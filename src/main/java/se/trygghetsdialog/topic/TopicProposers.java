package se.trygghetsdialog.topic;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.SecretTokens;

/**
 * The residents who proposed a topic and asked to be told about it by e-mail: a double opt-in (a
 * link in the first mail confirms the address) and a link in every mail that stops the mails and
 * erases the address. Addresses are never shown on any page. Tokens are stored only as their
 * SHA-256.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TopicProposers {

  /** How long a confirmation link works. */
  static final Duration CONFIRMATION_VALID = Duration.ofDays(7);

  /** A confirmed address and the language its mails are written in. */
  public record Proposer(String email, Locale locale) {}

  /** The links one proposer's first mail carries. */
  record Links(String confirmToken, String stopToken) {}

  private final JdbcClient jdbc;

  /** Stores a pending proposer of the topic and answers the tokens of the links to mail. */
  Links add(MunicipalityId municipality, UUID topic, String email, Locale locale) {
    Links links = new Links(SecretTokens.newToken(), SecretTokens.newToken());
    jdbc.sql(
            """
            INSERT INTO topic_proposer (proposer_id, municipality_id, topic_id, email, locale,
              confirm_token_hash, stop_token_hash, confirmation_sent_at)
            VALUES (:id, :m, :topic, :email, :locale, :confirm, :stop, now())
            """)
        .param("id", UUID.randomUUID())
        .param("m", municipality.value())
        .param("topic", topic)
        .param("email", email)
        .param("locale", "en".equals(locale.getLanguage()) ? "en" : "sv")
        .param("confirm", SecretTokens.hash(links.confirmToken()))
        .param("stop", SecretTokens.hash(links.stopToken()))
        .update();
    return links;
  }

  /** The confirmed proposers of a topic who have not stopped the mails. */
  @Transactional(readOnly = true)
  public List<Proposer> confirmed(MunicipalityId municipality, UUID topic) {
    return jdbc.sql(
            """
            SELECT email, locale FROM topic_proposer
            WHERE municipality_id = :m AND topic_id = :topic
              AND confirmed_at IS NOT NULL AND stopped_at IS NULL
            ORDER BY confirmed_at
            """)
        .param("m", municipality.value())
        .param("topic", topic)
        .query((rs, row) -> new Proposer(rs.getString(1), Locale.forLanguageTag(rs.getString(2))))
        .list();
  }

  /** The stop token of a confirmed proposer's address, for the link in a status mail. */
  Optional<String> stopTokenFor(MunicipalityId municipality, UUID topic, String email) {
    String token = SecretTokens.newToken();
    int rows =
        jdbc.sql(
                """
                UPDATE topic_proposer SET stop_token_hash = :hash
                WHERE municipality_id = :m AND topic_id = :topic AND email = :email
                  AND confirmed_at IS NOT NULL AND stopped_at IS NULL
                """)
            .param("hash", SecretTokens.hash(token))
            .param("m", municipality.value())
            .param("topic", topic)
            .param("email", email)
            .update();
    return rows == 0 ? Optional.empty() : Optional.of(token);
  }

  /** The topic a still usable confirmation link is for. */
  @Transactional(readOnly = true)
  public Optional<UUID> pending(MunicipalityId municipality, String token) {
    if (!SecretTokens.wellFormed(token)) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            SELECT topic_id FROM topic_proposer
            WHERE municipality_id = :m AND confirm_token_hash = :hash AND confirmed_at IS NULL
              AND stopped_at IS NULL AND confirmation_sent_at > :since
            """)
        .param("m", municipality.value())
        .param("hash", SecretTokens.hash(token))
        .param("since", OffsetDateTime.now().minus(CONFIRMATION_VALID))
        .query(UUID.class)
        .optional();
  }

  /**
   * Confirms the address of a confirmation link; the link is used up.
   *
   * @return the topic, or empty for an unknown, used or expired link
   */
  @Transactional
  public Optional<UUID> confirm(MunicipalityId municipality, String token) {
    Optional<UUID> topic = pending(municipality, token);
    topic.ifPresent(
        t ->
            jdbc.sql(
                    """
                    UPDATE topic_proposer SET confirmed_at = now(), confirm_token_hash = NULL
                    WHERE municipality_id = :m AND confirm_token_hash = :hash
                    """)
                .param("m", municipality.value())
                .param("hash", SecretTokens.hash(token))
                .update());
    return topic;
  }

  /**
   * Stops the mails of a stop link and erases the address.
   *
   * @return the topic, or empty for an unknown link
   */
  @Transactional
  public Optional<UUID> stop(MunicipalityId municipality, String token) {
    if (!SecretTokens.wellFormed(token)) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            UPDATE topic_proposer SET stopped_at = now(), email = '', confirm_token_hash = NULL,
              stop_token_hash = NULL
            WHERE municipality_id = :m AND stop_token_hash = :hash AND stopped_at IS NULL
            RETURNING topic_id
            """)
        .param("m", municipality.value())
        .param("hash", SecretTokens.hash(token))
        .query(UUID.class)
        .optional();
  }
}
