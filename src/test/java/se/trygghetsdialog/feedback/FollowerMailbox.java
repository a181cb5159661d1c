package se.trygghetsdialog.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.support.TestMailServer.Mail;

/**
 * Mails to followers as a person reads them: {@link TestMailServer} gives the raw
 * (quoted-printable) body, in which Swedish letters and long links are encoded; this decodes it.
 */
public final class FollowerMailbox {

  public static final Pattern CONFIRM_LINK = Pattern.compile("(/folj/bekrafta/[A-Za-z0-9_-]{43})");
  public static final Pattern UNSUBSCRIBE_LINK =
      Pattern.compile("(/folj/avsluta/[A-Za-z0-9_-]{43})");

  private FollowerMailbox() {}

  /** Waits for the latest mail to the recipient whose subject contains the text, decoded. */
  public static Mail await(String recipient, String subjectContains) {
    TestMailServer.awaitMail(recipient, subjectContains);
    MimeMessage[] messages = TestMailServer.get().getReceivedMessages();
    for (int i = messages.length - 1; i >= 0; i--) {
      try {
        MimeMessage message = messages[i];
        StringBuilder to = new StringBuilder();
        for (Address address : message.getAllRecipients()) {
          to.append(address.toString());
        }
        if (to.toString().contains(recipient) && message.getSubject().contains(subjectContains)) {
          return new Mail(to.toString(), message.getSubject(), message.getContent().toString());
        }
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("mail vanished");
  }

  /** The path of the first link of the pattern's kind in the mail, e.g. /folj/bekrafta/… */
  public static String linkPath(Pattern link, Mail mail) {
    Matcher matcher = link.matcher(mail.body());
    assertThat(matcher.find()).as("link in %s", mail.body()).isTrue();
    return matcher.group(1);
  }
}
