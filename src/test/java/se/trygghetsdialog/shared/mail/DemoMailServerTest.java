package se.trygghetsdialog.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class DemoMailServerTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(DemoMailServer.class);

  @Test
  void theDemoWithoutAMailHostSendsItsMailToItsOwnServerWhoseMailboxListsThemNewestFirst() {
    context
        .withPropertyValues("app.demo.enabled=true")
        .run(
            app -> {
              assertThat(app).hasSingleBean(GreenMail.class).hasSingleBean(DemoMailbox.class);
              JavaMailSender sender = app.getBean(JavaMailSender.class);
              sender.send(mail("resident@test.example", "Första"));
              sender.send(mail("resident@test.example", "Andra"));

              DemoMailbox mailbox = app.getBean(DemoMailbox.class);
              assertThat(mailbox.count()).isEqualTo(2);
              List<DemoMailbox.DemoMail> newest = mailbox.newestFirst(1, 0);
              assertThat(newest)
                  .singleElement()
                  .satisfies(
                      m -> {
                        assertThat(m.subject()).isEqualTo("Andra");
                        assertThat(m.to()).isEqualTo("resident@test.example");
                        assertThat(m.body()).contains("https://example.test/bekrafta/abc");
                      });
              assertThat(mailbox.newestFirst(1, 1))
                  .extracting(DemoMailbox.DemoMail::subject)
                  .containsExactly("Första");
              assertThat(mailbox.find(newest.get(0).id())).contains(newest.get(0));
              assertThat(mailbox.find("nothing")).isEmpty();
            });
  }

  @Test
  void withoutDemoDataThereIsNoDemoMailServer() {
    context
        .withPropertyValues("app.demo.enabled=false")
        .run(
            app ->
                assertThat(app)
                    .doesNotHaveBean(GreenMail.class)
                    .doesNotHaveBean(DemoMailbox.class));
  }

  @Test
  void aConfiguredMailHostIsUsedInsteadOfTheDemoMailServer() {
    context
        .withPropertyValues("app.demo.enabled=true", "MAIL_HOST=smtp.kommun.example")
        .run(
            app ->
                assertThat(app)
                    .doesNotHaveBean(GreenMail.class)
                    .doesNotHaveBean(DemoMailbox.class));
  }

  @Test
  void theDemoMailServerCanBeSwitchedOff() {
    context
        .withPropertyValues("app.demo.enabled=true", "app.mail.demo-server.enabled=false")
        .run(app -> assertThat(app).doesNotHaveBean(GreenMail.class));
  }

  private static SimpleMailMessage mail(String to, String subject) {
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom("no-reply@test.example");
    mail.setTo(to);
    mail.setSubject(subject);
    mail.setText("Bekräfta här: https://example.test/bekrafta/abc\nTack!");
    return mail;
  }
}
