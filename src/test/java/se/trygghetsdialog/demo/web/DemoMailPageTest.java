package se.trygghetsdialog.demo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.shared.mail.DemoMailbox;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The demo run as a newcomer starts it: mail goes to the application's own SMTP server, and an
 * administrator reads it at {@code /personal/demo/post}, with and without JavaScript.
 */
// A database of its own: on a shared server (CI) the other contexts' mail delivery would take
// this context's mails.
@TestPropertySource(properties = {"app.mail.demo-server.enabled=true", "spring.datasource.url="})
class DemoMailPageTest extends BrowserTestBase {

  static final String ADMIN = "admin@lysekil.example";

  @Autowired WebApplicationContext context;
  @Autowired MailOutbox outbox;
  @Autowired DemoMailbox mailbox;
  @Autowired Municipalities municipalities;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
  }

  /**
   * Queues a mail the way every module does and waits until the demo server has received that very
   * mail (the demo data's own mails may arrive meanwhile).
   */
  private String delivered(String subject, String body) {
    outbox.queue(StaffMother.tenant(municipalities).id(), "invanare@test.example", subject, body);
    return org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                mailbox.newestFirst(mailbox.count(), 0).stream()
                    .filter(mail -> mail.subject().equals(subject))
                    .map(DemoMailbox.DemoMail::id)
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  @Test
  void anAdministratorReadsTheDeliveredMailsNewestFirstWithTheirLinksClickable() throws Exception {
    String tag = StaffMother.uniqueWord();
    delivered("Äldre brev " + tag, "Hej");
    String id =
        delivered(
            "Bekräfta din bevakning " + tag,
            "Hej!\nBekräfta här: http://localhost/folj/bekrafta/" + tag + "\nTack.");
    MockHttpSession admin = StaffSessions.signIn(mvc, ADMIN, DEMO_PASSWORD);

    Document list =
        Jsoup.parse(
            mvc.perform(get("/personal/demo/post").session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(list.select("tbody tr").eachText().stream().filter(row -> row.contains(tag)))
        .satisfiesExactly(
            newest ->
                assertThat(newest)
                    .contains("Bekräfta din bevakning " + tag, "invanare@test.example"),
            older -> assertThat(older).contains("Äldre brev " + tag));

    Document mail =
        Jsoup.parse(
            mvc.perform(get("/personal/demo/post/" + id).session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(mail.select("h1").text()).isEqualTo("Bekräfta din bevakning " + tag);
    assertThat(mail.select(".td-mail-body a").eachAttr("href"))
        .containsExactly("http://localhost/folj/bekrafta/" + tag);
    assertThat(mail.select(".td-mail-body").text()).contains("Hej!", "Tack.");
  }

  @Test
  void theMailsArePagedAndAnUnknownMailIsNotFound() throws Exception {
    while (mailbox.count() <= DemoMailController.PAGE_SIZE) {
      delivered("Utskick " + mailbox.count(), "Text");
    }
    MockHttpSession admin = StaffSessions.signIn(mvc, ADMIN, DEMO_PASSWORD);
    Document second =
        Jsoup.parse(
            mvc.perform(get("/personal/demo/post?sida=2").session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(second.select("tbody tr"))
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(DemoMailController.PAGE_SIZE);
    assertThat(second.select("nav.govuk-pagination")).isNotEmpty();
    mvc.perform(get("/personal/demo/post/0000").session(admin)).andExpect(status().isNotFound());
  }

  @Test
  void onlyAnAdministratorMayReadTheDemoMail() throws Exception {
    MockHttpSession moderator =
        StaffSessions.signIn(mvc, "moderator@lysekil.example", DEMO_PASSWORD);
    mvc.perform(get("/personal/demo/post").session(moderator)).andExpect(status().isForbidden());
    mvc.perform(get("/personal/demo/post")).andExpect(status().is3xxRedirection());
  }

  @Test
  void theMailPagesAreAccessibleWithAndWithoutJavaScript() {
    String tag = StaffMother.uniqueWord();
    delivered("Återkoppling " + tag, "Läs mer: http://localhost/dialoger\nHälsningar");
    for (WebDriver driver : new WebDriver[] {Browsers.javaScriptOn(), Browsers.javaScriptOff()}) {
      Browsers.desktop(driver);
      signIn(driver, ADMIN);
      open(driver, "/personal/demo/post");
      assertThat(heading(driver)).isEqualTo("Post i demon");
      Axe.assertAccessible(driver);
      follow(driver, "Återkoppling " + tag);
      assertThat(heading(driver)).isEqualTo("Återkoppling " + tag);
      assertThat(driver.findElement(By.linkText("http://localhost/dialoger")).getAttribute("href"))
          .isEqualTo("http://localhost/dialoger");
      Axe.assertAccessible(driver);
      signOut(driver);
    }
  }
}
