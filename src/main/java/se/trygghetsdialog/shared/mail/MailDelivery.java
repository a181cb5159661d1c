package se.trygghetsdialog.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued mail in the background. A failed delivery is retried with growing delays (up to a
 * day apart, at most 20 attempts); rows are claimed with {@code SKIP LOCKED} so several application
 * nodes never send the same mail twice.
 */
@Component
class MailDelivery {

  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
  static final int MAX_ATTEMPTS = 20;

  private final JdbcClient jdbc;
  private final JavaMailSender sender;
  private final String from;

  MailDelivery(JdbcClient jdbc, JavaMailSender sender, @Value("${app.mail.from}") String from) {
    this.jdbc = jdbc;
    this.sender = sender;
    this.from = from;
  }

  record Pending(
      UUID id,
      String recipient,
      String subject,
      String body,
      int attempts,
      String unsubscribeUrl) {}

  @Scheduled(fixedDelayString = "${app.mail.poll-interval:2s}", initialDelayString = "3s")
  @SchedulerLock(name = "mail-delivery", lockAtMostFor = "2m")
  void deliverPending() {
    List<Pending> batch =
        jdbc.sql(
                """
                SELECT id, recipient, subject, body, attempts, unsubscribe_url FROM outbound_mail
                WHERE sent_at IS NULL AND attempts < :max AND next_attempt_at <= now()
                ORDER BY next_attempt_at LIMIT 50
                """)
            .param("max", MAX_ATTEMPTS)
            .query(Pending.class)
            .list();
    for (Pending mail : batch) {
      if (!claim(mail)) {
        continue;
      }
      try {
        sender.send(message(mail));
        jdbc.sql("UPDATE outbound_mail SET sent_at = now(), last_error = NULL WHERE id = :id")
            .param("id", mail.id())
            .update();
      } catch (MailException | MessagingException e) {
        int attempts = mail.attempts() + 1;
        Duration delay = Duration.ofSeconds(Math.min(86_400, (long) Math.pow(2, attempts) * 5));
        log.warn("Mail {} not delivered (attempt {}): {}", mail.id(), attempts, reason(e));
        jdbc.sql(
                "UPDATE outbound_mail SET next_attempt_at = :next, last_error = :error WHERE id = :id")
            .param("next", OffsetDateTime.now().plus(delay))
            .param("error", reason(e))
            .param("id", mail.id())
            .update();
      }
    }
  }

  /**
   * Why a delivery failed, on one line: the innermost cause with its type (such as {@code
   * ConnectException: Connection refused}), without the nested exceptions and line breaks that the
   * mail exceptions' own messages carry, so that each attempt logs exactly one line.
   */
  static String reason(Exception failure) {
    Throwable root = failure;
    if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
      root = send.getMessageExceptions()[0];
    }
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getClass().getSimpleName();
    if (root.getMessage() != null && !root.getMessage().isBlank()) {
      text += ": " + root.getMessage();
    }
    return text.replaceAll("\\s+", " ").strip();
  }

  private MimeMessage message(Pending mail) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(from);
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    helper.setText(mail.body(), false);
    if (mail.unsubscribeUrl() != null && !mail.unsubscribeUrl().isBlank()) {
      message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    return message;
  }

  /** Counts the attempt before sending; false if another node took the row meanwhile. */
  private boolean claim(Pending mail) {
    return jdbc.sql(
                """
                UPDATE outbound_mail SET attempts = attempts + 1,
                  next_attempt_at = now() + interval '2 minutes'
                WHERE id = :id AND attempts = :attempts AND sent_at IS NULL
                """)
            .param("id", mail.id())
            .param("attempts", mail.attempts())
            .update()
        == 1;
  }
}
