package se.trygghetsdialog.shared.mail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The outbox's mails as the records module sees them: listed per recipient and forgotten after
 * their retention or at the recipient's request. Forgetting a sent mail removes its recipient
 * address, its body and its unsubscribe link (the subject and the times stay, so the mails can
 * still be counted); forgetting a mail not sent yet deletes it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SentMails {

  /** One mail of the outbox; {@code sentAt} is null while it waits to be sent. */
  public record Mail(
      UUID id,
      OffsetDateTime createdAt,
      @Nullable OffsetDateTime sentAt,
      String recipient,
      String subject,
      String body) {}

  private static final String COLUMNS = "id, created_at, sent_at, recipient, subject, body";

  private final JdbcClient jdbc;

  /**
   * The municipality's mails sent before {@code before} that still have an address, oldest first.
   */
  public List<Mail> sentBefore(MunicipalityId municipality, OffsetDateTime before, int limit) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                 FROM outbound_mail
                WHERE municipality_id = :m AND sent_at < :before AND recipient <> ''
                ORDER BY sent_at, id LIMIT :limit
                """)
        .param("m", municipality.value())
        .param("before", before)
        .param("limit", limit)
        .query(SentMails::mail)
        .list();
  }

  /** The municipality's mails to the (normalised) address, sent or not, oldest first. */
  public List<Mail> to(MunicipalityId municipality, String email) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                 FROM outbound_mail
                WHERE municipality_id = :m AND lower(trim(recipient)) = :e
                ORDER BY created_at, id
                """)
        .param("m", municipality.value())
        .param("e", email)
        .query(SentMails::mail)
        .list();
  }

  /** Forgets one mail: a sent one keeps only its subject and times, an unsent one goes. */
  public void forget(MunicipalityId municipality, UUID id) {
    jdbc.sql(
            """
            UPDATE outbound_mail SET recipient = '', body = '', unsubscribe_url = NULL
            WHERE id = :id AND municipality_id = :m AND sent_at IS NOT NULL
            """)
        .param("id", id)
        .param("m", municipality.value())
        .update();
    jdbc.sql(
            "DELETE FROM outbound_mail WHERE id = :id AND municipality_id = :m AND sent_at IS NULL")
        .param("id", id)
        .param("m", municipality.value())
        .update();
  }

  private static Mail mail(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Mail(
        rs.getObject("id", UUID.class),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("sent_at", OffsetDateTime.class),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("body"));
  }
}
