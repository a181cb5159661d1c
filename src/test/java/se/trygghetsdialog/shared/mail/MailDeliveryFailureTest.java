package se.trygghetsdialog.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailDeliveryFailureTest {

  @Test
  void aMailServerThatCannotBeReachedIsReportedOnOneLineNamingTheCause() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(closedPort);
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom("no-reply@test.example");
    mail.setTo("someone@test.example");
    mail.setSubject("Hej");
    mail.setText("Text");

    MailException failure = catchThrowableOfType(MailException.class, () -> sender.send(mail));

    String reason = MailDelivery.reason(failure);
    assertThat(reason).doesNotContain("\n").doesNotContain("\t");
    assertThat(reason).startsWith("ConnectException").contains("refused");
  }

  @Test
  void aFailureWithoutMessageIsNamedByItsType() {
    assertThat(MailDelivery.reason(new IllegalStateException())).isEqualTo("IllegalStateException");
  }
}
