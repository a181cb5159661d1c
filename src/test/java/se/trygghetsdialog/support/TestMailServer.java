package se.trygghetsdialog.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.awaitility.core.ConditionTimeoutException;

/**
 * GreenMail as a real SMTP server on a free port, started once for the whole test JVM before the
 * shared application context, which finds the port in {@code spring.mail.port}.
 */
public final class TestMailServer {

  private static GreenMail server;

  private TestMailServer() {}

  public static synchronized GreenMail get() {
    if (server == null) {
      int port = freePort();
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      // Read by the application context, which starts after this (see MailServerExtension).
      System.setProperty("spring.mail.host", "127.0.0.1");
      System.setProperty("spring.mail.port", String.valueOf(port));
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
        Object content = message.getContent();
        String body = content instanceof String text ? text : GreenMailUtil.getBody(message);
        mails.add(new Mail(to.toString(), message.getSubject(), body));
      } catch (MessagingException | java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return mails;
  }

  /** Waits (up to 20 s) for a mail to the recipient whose subject contains the text. */
  public static Mail awaitMail(String recipient, String subjectContains) {
    try {
      return await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  received().stream()
                      .filter(
                          m -> m.to().contains(recipient) && m.subject().contains(subjectContains))
                      .reduce((first, second) -> second),
              Optional::isPresent)
          .orElseThrow();
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          "No mail to "
              + recipient
              + " with subject containing '"
              + subjectContains
              + "'; got "
              + received(),
          e);
    }
  }
}
