package se.trygghetsdialog.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GreenMail as a real SMTP server on port 3025, started once for the whole test JVM (the
 * application context is shared, and so is its mail configuration).
 */
public final class TestMailServer {

  private static GreenMail server;

  private TestMailServer() {}

  public static synchronized GreenMail get() {
    if (server == null) {
      server = new GreenMail(ServerSetupTest.SMTP);
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  /** A received mail, decoded. */
  public record Mail(String to, String subject, String body) {}

  public static List<Mail> received() {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : get().getReceivedMessages()) {
      try {
        StringBuilder to = new StringBuilder();
        for (Address address : message.getAllRecipients()) {
          to.append(address.toString());
        }
        mails.add(new Mail(to.toString(), message.getSubject(), GreenMailUtil.getBody(message)));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return mails;
  }

  /** Waits (up to 20 s) for a mail to the recipient whose subject contains the text. */
  public static Mail awaitMail(String recipient, String subjectContains) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      Optional<Mail> match =
          received().stream()
              .filter(m -> m.to().contains(recipient) && m.subject().contains(subjectContains))
              .reduce((first, second) -> second);
      if (match.isPresent()) {
        return match.get();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError(
        "No mail to "
            + recipient
            + " with subject containing '"
            + subjectContains
            + "'; got "
            + received());
  }
}
