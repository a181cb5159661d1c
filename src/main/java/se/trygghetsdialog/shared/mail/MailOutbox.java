package se.trygghetsdialog.shared.mail;

import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Queues a plain-text mail for delivery. Call it inside the transaction that makes the change the
 * mail tells about: the mail is then sent if and only if the change is committed.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MailOutbox {

  private final JdbcClient jdbc;

  public void queue(MunicipalityId municipality, String recipient, String subject, String body) {
    queue(municipality, recipient, subject, body, null);
  }

  /**
   * Queues a mail that a resident can stop with one click: it gets {@code List-Unsubscribe} and
   * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} headers, so mail programs offer an
   * unsubscribe button that POSTs to {@code unsubscribeUrl} (which must accept a POST without a
   * CSRF token; the secret in the URL is the authorisation).
   */
  public void queue(
      MunicipalityId municipality,
      String recipient,
      String subject,
      String body,
      @Nullable String unsubscribeUrl) {
    jdbc.sql(
            """
            INSERT INTO outbound_mail (id, municipality_id, recipient, subject, body, unsubscribe_url)
            VALUES (:id, :municipality, :recipient, :subject, :body, :unsubscribe)
            """)
        .param("id", UUID.randomUUID())
        .param("municipality", municipality.value())
        .param("recipient", recipient)
        .param("subject", subject)
        .param("body", body)
        .param("unsubscribe", unsubscribeUrl)
        .update();
  }
}
