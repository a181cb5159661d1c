package se.trygghetsdialog.shared.mail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.observability.CountGauge;

/**
 * The gauge {@code mail.outbox.size}: mails of every municipality still waiting to be sent (not yet
 * delivered and not given up).
 */
@Component
class MailOutboxMetrics extends CountGauge {

  MailOutboxMetrics(JdbcClient jdbc) {
    super(
        jdbc,
        "mail.outbox.size",
        "Mails queued and not yet delivered",
        "SELECT count(*) FROM outbound_mail WHERE sent_at IS NULL AND attempts < "
            + MailDelivery.MAX_ATTEMPTS);
  }
}
