package se.trygghetsdialog.feedback;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;
import se.trygghetsdialog.shared.db.RecordRowMapper;

/** Followers of dialogues and the links and notifications they were sent. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialogueFollowerRepository {

  private static final String COLUMNS =
      """
      f.follower_id AS id, f.municipality_id, f.dialogue_id, f.email, f.locale, f.created_at,
      f.confirmation_sent_at, f.confirmed_at, f.unsubscribed_at
      """;

  private static final MunicipalityRows<Follower> FOLLOWERS =
      new MunicipalityRows<>(
          COLUMNS,
          "FROM dialogue_follower f WHERE f.municipality_id = :m",
          new RecordRowMapper<>(Follower.class));

  private final JdbcClient jdbc;

  /** The statement with {@code :municipality} and the follower's {@code :id} bound. */
  private JdbcClient.StatementSpec forFollower(
      String sql, MunicipalityId municipality, UUID follower) {
    return jdbc.sql(sql).param("municipality", municipality.value()).param("id", follower);
  }

  /** The follower of the dialogue with this address who has not unsubscribed, if any. */
  Optional<Follower> active(MunicipalityId municipality, DialogueId dialogue, String email) {
    return FOLLOWERS.optional(
        jdbc,
        municipality,
        """
        AND f.dialogue_id = :dialogue
          AND lower(f.email) = lower(:email) AND f.unsubscribed_at IS NULL
        """,
        Map.of("dialogue", dialogue.value(), "email", email));
  }

  /**
   * Adds a follower: pending, or already confirmed when the address was confirmed elsewhere (a
   * topic proposer's double opt-in) and {@code confirmTokenHash} is null.
   *
   * @return false if the address already follows the dialogue, or a concurrent request added it
   *     first (nothing is stored)
   */
  boolean insert(
      Follower follower, @Nullable String confirmTokenHash, String unsubscribeTokenHash) {
    return jdbc.sql(
                """
                INSERT INTO dialogue_follower (follower_id, municipality_id, dialogue_id, email,
                  confirm_token_hash, unsubscribe_token_hash, locale, created_at, confirmation_sent_at,
                  confirmed_at)
                VALUES (:id, :municipality, :dialogue, :email, :confirm, :unsubscribe, :locale,
                  :created, :sent, :confirmed)
                ON CONFLICT (dialogue_id, lower(email)) WHERE unsubscribed_at IS NULL DO NOTHING
                """)
            .param("id", follower.id())
            .param("municipality", follower.municipalityId().value())
            .param("dialogue", follower.dialogueId().value())
            .param("email", follower.email())
            .param("confirm", confirmTokenHash)
            .param("unsubscribe", unsubscribeTokenHash)
            .param("locale", Follower.languageOf(follower.locale()))
            .param("created", follower.createdAt())
            .param("sent", follower.confirmationSentAt())
            .param("confirmed", follower.confirmedAt())
            .update()
        == 1;
  }

  /**
   * Replaces a pending follower's confirmation link; the old link stops working.
   *
   * @param previousSentAt when the link being replaced was sent; a concurrent resend wins alone
   * @return false if the follower changed meanwhile (nothing is changed)
   */
  boolean renewConfirmation(
      MunicipalityId municipality,
      UUID follower,
      OffsetDateTime previousSentAt,
      String confirmTokenHash,
      OffsetDateTime now) {
    return forFollower(
                """
                UPDATE dialogue_follower SET confirm_token_hash = :confirm, confirmation_sent_at = :now
                WHERE municipality_id = :municipality AND follower_id = :id
                  AND confirmed_at IS NULL AND unsubscribed_at IS NULL
                  AND confirmation_sent_at = :previous
                """,
                municipality,
                follower)
            .param("confirm", confirmTokenHash)
            .param("now", now)
            .param("previous", previousSentAt)
            .update()
        == 1;
  }

  /** Records another unsubscribe link (one per mail); every link stays valid. */
  void addUnsubscribeToken(MunicipalityId municipality, UUID follower, String tokenHash) {
    jdbc.sql(
            """
            INSERT INTO dialogue_follower_unsubscribe_token (token_hash, municipality_id, follower_id)
            VALUES (:hash, :municipality, :follower)
            """)
        .param("hash", tokenHash)
        .param("municipality", municipality.value())
        .param("follower", follower)
        .update();
  }

  Optional<Follower> byConfirmToken(MunicipalityId municipality, String tokenHash) {
    return FOLLOWERS.optional(
        jdbc, municipality, "AND f.confirm_token_hash = :hash", Map.of("hash", tokenHash));
  }

  Optional<Follower> byUnsubscribeToken(MunicipalityId municipality, String tokenHash) {
    return FOLLOWERS.optional(
        jdbc,
        municipality,
        """
        AND (f.unsubscribe_token_hash = :hash OR EXISTS (
          SELECT 1 FROM dialogue_follower_unsubscribe_token t
          WHERE t.follower_id = f.follower_id AND t.municipality_id = :m
            AND t.token_hash = :hash))
        """,
        Map.of("hash", tokenHash));
  }

  /**
   * Confirms a pending follower; the confirmation link is used up.
   *
   * @return false if the follower was not pending any more (a repeated submit changes nothing)
   */
  boolean confirm(MunicipalityId municipality, UUID follower, OffsetDateTime now) {
    return forFollower(
                """
                UPDATE dialogue_follower SET confirmed_at = :now, confirm_token_hash = NULL
                WHERE municipality_id = :municipality AND follower_id = :id
                  AND confirmed_at IS NULL AND unsubscribed_at IS NULL
                """,
                municipality,
                follower)
            .param("now", now)
            .update()
        == 1;
  }

  /**
   * Ends following: the address is erased (it is no longer needed) and no link confirms any more.
   */
  void unsubscribe(MunicipalityId municipality, UUID follower, OffsetDateTime now) {
    forFollower(
            """
            UPDATE dialogue_follower
            SET unsubscribed_at = :now, email = '', confirm_token_hash = NULL
            WHERE municipality_id = :municipality AND follower_id = :id
              AND unsubscribed_at IS NULL
            """,
            municipality,
            follower)
        .param("now", now)
        .update();
  }

  /** Confirmed followers of a dialogue who have not unsubscribed. */
  List<Follower> notifiable(MunicipalityId municipality, DialogueId dialogue) {
    return FOLLOWERS.list(
        jdbc,
        municipality,
        """
        AND f.dialogue_id = :dialogue
          AND f.confirmed_at IS NOT NULL AND f.unsubscribed_at IS NULL
        ORDER BY f.confirmed_at
        """,
        Map.of("dialogue", dialogue.value()));
  }

  /**
   * Notes that a follower is told about a step change.
   *
   * @return false if this follower was already told about it (the event was delivered again)
   */
  boolean recordNotification(
      MunicipalityId municipality, UUID follower, String step, OffsetDateTime changedAt) {
    return jdbc.sql(
                """
                INSERT INTO dialogue_follower_notification (municipality_id, follower_id, step, changed_at)
                VALUES (:municipality, :follower, :step, :changed)
                ON CONFLICT DO NOTHING
                """)
            .param("municipality", municipality.value())
            .param("follower", follower)
            .param("step", step)
            .param("changed", changedAt)
            .update()
        == 1;
  }

  /** Deletes pending followers whose confirmation link expired; returns how many. */
  int deleteUnconfirmedSentBefore(MunicipalityId municipality, OffsetDateTime before) {
    return jdbc.sql(
            """
            DELETE FROM dialogue_follower
            WHERE municipality_id = :municipality AND confirmed_at IS NULL
              AND confirmation_sent_at < :before
            """)
        .param("municipality", municipality.value())
        .param("before", before)
        .update();
  }

  /** Every follower row of the dialogue for the address, active or not; for checks and tests. */
  List<Follower> all(MunicipalityId municipality, DialogueId dialogue, String email) {
    return FOLLOWERS.list(
        jdbc,
        municipality,
        "AND f.dialogue_id = :dialogue AND lower(f.email) = lower(:email) ORDER BY f.created_at",
        Map.of("dialogue", dialogue.value(), "email", email));
  }
}
