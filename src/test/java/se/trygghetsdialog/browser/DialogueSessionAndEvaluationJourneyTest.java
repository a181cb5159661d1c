package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.session.TeamDialogueMother;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * A dialogue team's step 3 and step 7 with JavaScript off, every page checked by axe-core: plan a
 * session in the autumn half-term (warned), share a file, invite a participant (the mail carries
 * the material link, which opens without signing in and shows no address), record attendance, notes
 * and agreements, send the notes; then evaluate the dialogue with a lesson, which the next
 * dialogue's preparation page shows.
 */
class DialogueSessionAndEvaluationJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired CreateDialogue createDialogue;

  /** Sets a form field's value directly (date and time fields, whatever the browser's locale). */
  private static void value(WebDriver driver, String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
  }

  /** A small PDF on disk for the file field. */
  private static java.nio.file.Path agenda() {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("material");
      java.nio.file.Path file = dir.resolve("dagordning.pdf");
      java.nio.file.Files.writeString(file, "%PDF-1.4\n%%EOF\n");
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theTeamHoldsASessionAndTheNextDialogueLearnsFromIt() {
    TeamDialogueMother first =
        TeamDialogueMother.create(
            municipalities, organisations, accounts, createDialogue, "Trygg hamnplan");
    TeamDialogueMother next =
        TeamDialogueMother.create(
            municipalities, organisations, accounts, createDialogue, "Trygg busstation");
    String participant = StaffSessions.uniqueEmail("deltagare");
    String lesson = "Lägg minst ett möte på en helg " + participant.substring(10, 18);
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);

    signIn(driver, first.leader().email());
    open(driver, "/personal/dialoger/" + first.dialogue() + "/moten");
    Axe.assertAccessible(driver);
    click(driver, By.id("format-PHYSICAL"));
    type(driver, "title", "Kväll om hamnplanen");
    type(driver, "agenda", "1. Välkomna\n2. Hamnplanen på kvällen");
    value(driver, "date", "2026-10-28");
    value(driver, "start", "18:00");
    value(driver, "end", "20:00");
    type(driver, "venue", "Stadshuset");
    click(driver, By.id("stepFree"));
    submit(driver, "Planera mötet");
    assertThat(mainText(driver)).contains("höstlovet").contains("Steg- och trappfritt");
    Axe.assertAccessible(driver);
    String sessionPath = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

    type(driver, "emails", participant);
    submit(driver, "Skicka inbjudan");
    assertThat(driver.findElement(By.id("invitees")).getText()).contains(participant);
    Axe.assertAccessible(driver);
    // A file for the participants, chosen and sent without JavaScript.
    driver.findElement(By.id("file")).sendKeys(agenda().toString());
    submit(driver, "Dela filen");
    assertThat(driver.findElement(By.id("material-files")).getText()).contains("dagordning.pdf");
    Axe.assertAccessible(driver);
    var invitation = TestMailServer.awaitMail(participant, "Inbjudan till dialogmöte");
    Matcher link = Pattern.compile("(/motesmaterial/[A-Za-z0-9_-]{43})").matcher(invitation.body());
    assertThat(link.find()).isTrue();

    signOut(driver);
    open(driver, link.group(1));
    assertThat(heading(driver)).isEqualTo("Kväll om hamnplanen");
    assertThat(driver.getPageSource()).doesNotContain(participant);
    assertThat(driver.findElement(By.id("material-files")).getText()).contains("dagordning.pdf");
    Axe.assertAccessible(driver);

    signIn(driver, first.leader().email());
    open(driver, sessionPath);
    type(driver, "attended", "12");
    type(driver, "ageUnder18", "3");
    type(driver, "women", "6");
    type(driver, "men", "5");
    type(driver, "notes", "Deltagarna vill ha mer belysning och fler vuxna på hamnplanen.");
    type(driver, "agreements", "Belysning på hamnplanen\nVandring i november");
    submit(driver, "Spara utfallet");
    Axe.assertAccessible(driver);
    submit(driver, "Skicka anteckningarna");
    assertThat(driver.findElement(By.id("notes-status")).getText()).contains("Skickade");
    Axe.assertAccessible(driver);
    TestMailServer.awaitMail(participant, "Anteckningar från dialogmötet");
    open(driver, link.group(1));
    assertThat(driver.findElement(By.id("agreements")).getText())
        .contains("Belysning på hamnplanen");
    assertThat(driver.getPageSource()).doesNotContain(participant);

    open(driver, "/personal/dialoger/" + first.dialogue() + "/moten");
    assertThat(driver.findElement(By.id("sessions")).getText()).contains("Kväll om hamnplanen");
    Axe.assertAccessible(driver);

    open(driver, "/personal/moten/skollov");
    Axe.assertAccessible(driver);

    open(driver, "/personal/dialoger/" + first.dialogue() + "/utvardering");
    Axe.assertAccessible(driver);
    for (String aspect :
        new String[] {"purpose", "form", "method", "accessibility", "representation"}) {
      click(driver, By.id(aspect + "Score-4"));
    }
    type(driver, "representationText", "Vi nådde få unga vuxna.");
    type(driver, "representationAnswered", "9");
    submit(driver, "Spara utvärderingen");
    Axe.assertAccessible(driver);
    type(driver, "lesson", lesson);
    choose(driver, "step", "Dialog, experimenterande och medskapande");
    type(driver, "tags", "tider, unga");
    submit(driver, "Lägg till lärdomen");
    assertThat(driver.findElement(By.id("lessons")).getText()).contains(lesson);
    Axe.assertAccessible(driver);

    signIn(driver, next.leader().email());
    open(driver, "/personal/dialoger/" + next.dialogue() + "/stadga");
    assertThat(driver.findElement(By.id("preparation-hints")).getText())
        .contains(lesson)
        .contains("Trygg hamnplan");
    // The target groups are stated against the population figures and their source (the newest
    // import: the demo's, or one another test of the shared database made since).
    assertThat(driver.findElement(By.id("population")).getText())
        .contains("Befolkningen i hela kommunen")
        .contains("Källa: befolkningsstatistik (SCB) från filen");
    Axe.assertAccessible(driver);
  }
}
