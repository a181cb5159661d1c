package se.trygghetsdialog.shared.mail;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The mails the demo run's own SMTP server received ({@link DemoMailServer}), newest first. A bean
 * only in demo mode without {@code MAIL_HOST}; the mails live in memory until the application
 * stops.
 */
public class DemoMailbox {

  private final GreenMail server;

  DemoMailbox(GreenMail server) {
    this.server = server;
  }

  /** A received mail: its id in this mailbox, recipients, subject, time and text body. */
  public record DemoMail(
      String id, String to, String subject, OffsetDateTime receivedAt, String body) {}

  public int count() {
    return server.getManagers().getImapHostManager().getAllMessages().size();
  }

  /** One page of the received mails, newest first. */
  public List<DemoMail> newestFirst(int limit, int offset) {
    return all().stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
  }

  public Optional<DemoMail> find(String id) {
    return all().stream().filter(mail -> mail.id().equals(id)).findFirst();
  }

  /** Every mail, newest first; of mails received in the same millisecond, the later one first. */
  private List<DemoMail> all() {
    List<StoredMessage> stored =
        new ArrayList<>(server.getManagers().getImapHostManager().getAllMessages());
    stored.sort(
        Comparator.comparing(StoredMessage::getReceivedDate)
            .thenComparingLong(StoredMessage::getUid)
            .reversed());
    return stored.stream().map(DemoMailbox::mail).toList();
  }

  private static DemoMail mail(StoredMessage stored) {
    MimeMessage message = stored.getMimeMessage();
    OffsetDateTime received = stored.getReceivedDate().toInstant().atOffset(ZoneOffset.UTC);
    try {
      List<String> to = new ArrayList<>();
      Address[] recipients = message.getAllRecipients();
      for (Address address : recipients == null ? new Address[0] : recipients) {
        to.add(address.toString());
      }
      Object content = message.getContent();
      String body = content instanceof String text ? text : GreenMailUtil.getBody(message);
      String subject = message.getSubject() == null ? "" : message.getSubject();
      return new DemoMail(
          id(message.getMessageID(), received, stored.getUid()),
          String.join(", ", to),
          subject,
          received,
          body);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("A demo mail could not be read", e);
    }
  }

  /** A short id that stays the same for the same mail while the application runs. */
  private static String id(String messageId, OffsetDateTime received, long uid) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((messageId + "|" + received + "|" + uid).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
