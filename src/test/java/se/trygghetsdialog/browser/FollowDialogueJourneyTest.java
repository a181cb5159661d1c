package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.StepChanged;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.feedback.FollowerMailbox;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer.Mail;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * A resident follows a dialogue by e-mail without an account: asks to follow, confirms with the
 * link in the mail, receives the feedback of a step change and unsubscribes with the link in that
 * mail. Every page passes axe-core; the journey works with JavaScript off and on.
 */
class FollowDialogueJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  MunicipalityId municipality;
  DialogueId dialogue;
  String title;

  @BeforeEach
  void createDialogue() {
    municipality = municipalities.resolve("localhost").id();
    String unique = StaffMother.uniqueWord();
    var board =
        organisations.register(
            municipality, "Kommunstyrelsen resa " + unique, OrganisationKind.EXECUTIVE_BOARD, null);
    title = "Belysning i Brastad " + unique;
    dialogue =
        createDialogue.create(
            municipality,
            new CreateDialogue.Input(
                UUID.randomUUID(),
                title,
                "Var behövs bättre belysning?",
                null,
                TopicOrigin.OFFICIAL,
                "",
                board.id(),
                LocalDate.now(),
                "§ 7",
                "KS 2026/" + unique),
            null);
  }

  @Test
  void followsConfirmsReceivesFeedbackAndUnsubscribesWithoutJavaScript() {
    journey(Browsers.javaScriptOff());
  }

  @Test
  void followsConfirmsReceivesFeedbackAndUnsubscribesWithJavaScript() {
    journey(Browsers.javaScriptOn());
  }

  private void journey(WebDriver driver) {
    Browsers.phone(driver);
    String email = "resa-" + UUID.randomUUID() + "@example.se";

    open(driver, "/dialoger/" + dialogue + "/folj?lang=sv");
    assertThat(heading(driver)).isEqualTo("Följ dialogen via e-post");
    assertThat(mainText(driver)).contains(title);
    Axe.assertAccessible(driver);

    submit(driver, "Följ dialogen");
    assertThat(driver.findElements(By.cssSelector(".govuk-error-summary"))).hasSize(1);
    assertThat(mainText(driver))
        .contains("Fyll i din e-postadress", "Kryssa i att du vill få e-post om den här dialogen");
    Axe.assertAccessible(driver);

    type(driver, "email", email);
    click(driver, By.cssSelector("label[for='consent-yes']"));
    submit(driver, "Följ dialogen");
    assertThat(heading(driver)).isEqualTo("Kolla din e-post");
    assertThat(mainText(driver)).doesNotContain(email);
    Axe.assertAccessible(driver);

    Mail confirmation =
        FollowerMailbox.await(email, "Bekräfta att du vill följa dialogen " + title);
    open(driver, FollowerMailbox.linkPath(FollowerMailbox.CONFIRM_LINK, confirmation));
    assertThat(heading(driver)).isEqualTo("Bekräfta att du vill följa dialogen");
    Axe.assertAccessible(driver);
    submit(driver, "Bekräfta");
    assertThat(heading(driver)).isEqualTo("Du följer nu dialogen");
    assertThat(driver.findElement(By.linkText("Gå till dialogen")).getAttribute("href"))
        .endsWith("/dialoger/" + dialogue);
    Axe.assertAccessible(driver);

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status ->
                events.publishEvent(
                    new StepChanged(
                        municipality,
                        dialogue,
                        title,
                        DialogueStep.PREPARATION,
                        DialogueStep.PERSPECTIVES,
                        "Nu vill vi höra vad du tycker om belysningen.",
                        OffsetDateTime.now(),
                        null)));
    Mail feedback = FollowerMailbox.await(email, "Dialogen " + title + " har gått vidare");
    assertThat(feedback.body()).contains("Nu vill vi höra vad du tycker om belysningen.");

    open(driver, FollowerMailbox.linkPath(FollowerMailbox.UNSUBSCRIBE_LINK, feedback));
    assertThat(heading(driver)).isEqualTo("Sluta följa dialogen");
    Axe.assertAccessible(driver);
    submit(driver, "Avsluta prenumerationen");
    assertThat(heading(driver)).isEqualTo("Du följer inte längre dialogen");
    Axe.assertAccessible(driver);

    open(driver, FollowerMailbox.linkPath(FollowerMailbox.CONFIRM_LINK, confirmation));
    assertThat(heading(driver)).isEqualTo("Länken gäller inte");
    Axe.assertAccessible(driver);
  }
}
