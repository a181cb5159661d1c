package se.trygghetsdialog.shared.mail;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Queues a plain-text mail for delivery. Call it inside the transaction that makes the change the
 * mail tells about: the mail is then sent if and only if the change is committed.
 */
@Service
public class MailOutbox {

  private final JdbcClient jdbc;

  MailOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void queue(MunicipalityId municipality, String recipient, String subject, String body) {
    jdbc.sql(
            """
            INSERT INTO outbound_mail (id, municipality_id, recipient, subject, body)
            VALUES (:id, :municipality, :recipient, :subject, :body)
            """)
        .param("id", UUID.randomUUID())
        .param("municipality", municipality.value())
        .param("recipient", recipient)
        .param("subject", subject)
        .param("body", body)
        .update();
  }
}
