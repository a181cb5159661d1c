package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.feedback.FollowerMailbox;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * A process leader records the political decision and creates a dialogue, fills the charter, plans
 * the steps and moves the dialogue to step 2 with feedback, which the public page shows.
 */
class ProcessLeaderJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;

  StaffMember leader;
  Organisation body;

  @BeforeEach
  void setUp() {
    leader = StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
    body = StaffMother.politicalBody(municipalities, organisations);
  }

  @Test
  void recordsDecisionFillsCharterAndAdvancesAStepWithFeedback() {
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.desktop(driver);
    signIn(driver, leader.email());
    assertThat(heading(driver)).contains("Pia Processledare");
    Axe.assertAccessible(driver);

    open(driver, "/personal/dialoger");
    Axe.assertAccessible(driver);
    follow(driver, "Registrera beslut och skapa dialog");
    Axe.assertAccessible(driver);

    // An empty submit shows one error summary linking to the fields, and creates nothing.
    submit(driver, "Skapa dialogen");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Skriv en rubrik.")
        .contains("Välj det beslutande organet.");
    Axe.assertAccessible(driver);

    type(driver, "title", "Trygghet vid stationen");
    type(driver, "summary", "Hur upplevs tryggheten vid busstationen på kvällarna?");
    click(driver, By.id("origin-CITIZEN_PROPOSAL"));
    type(driver, "originReference", "MF 2026/12");
    choose(driver, "decisionBodyId", body.name());
    date(driver, "decisionDate", "2026-10-01");
    type(driver, "decisionParagraph", "§ 77");
    type(driver, "decisionRegistration", "KS 2026/77");
    submit(driver, "Skapa dialogen");
    assertThat(heading(driver)).isEqualTo("Trygghet vid stationen");
    assertThat(mainText(driver))
        .contains("Dialogen är skapad")
        .contains("Stadgan är inte komplett");
    Axe.assertAccessible(driver);
    String manageUrl = driver.getCurrentUrl();

    // Leaving step 1 without a charter is refused with a clear message.
    type(driver, "feedback", "Vi börjar samla perspektiv.");
    submit(driver, "Publicera återkopplingen och gå till nästa steg");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Stadgan måste vara komplett");
    Axe.assertAccessible(driver);

    driver.get(manageUrl);
    follow(driver, "Fyll i stadgan");
    Axe.assertAccessible(driver);
    type(driver, "purposeInfluence", "Invånarna formar åtgärderna.");
    type(driver, "purposeBasis", "Politikerna får veta hur tryggheten upplevs.");
    click(driver, By.id("canBeInfluenced-yes"));
    click(driver, By.cssSelector("input[name=participationLevelId]"));
    click(driver, By.id("conflictLevel-MEDIUM"));
    type(driver, "targetGroups", "Resenärer och boende nära stationen.");
    type(driver, "rarelyHeardGroups", "Unga som pendlar till gymnasiet.");
    type(driver, "documentationPlan", "En rapport publiceras efter steg 2.");
    type(driver, "context", "Oron för otrygghet vid stationen har ökat.");
    type(driver, "organisationParticipants", "Trygghetsgruppen och Tekniska avdelningen.");
    type(driver, "residentInvolvement", "Intervjuer i höst, dialoggrupper i vår.");
    type(driver, "budgetSek", "80000");
    type(driver, "staffHours", "300");
    date(driver, "periodStart", "2026-10-01");
    date(driver, "periodEnd", "2027-05-31");
    submit(driver, "Spara stadgan");
    assertThat(mainText(driver)).contains("Stadgan är sparad").contains("Stadgan är komplett");

    follow(driver, "Ändra tidsplanen");
    Axe.assertAccessible(driver);
    date(driver, "start_PREPARATION", "2026-10-01");
    date(driver, "end_PREPARATION", "2026-09-01");
    submit(driver, "Spara tidsplanen");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Slutdatum kan inte ligga före startdatum.");
    Axe.assertAccessible(driver);
    date(driver, "end_PREPARATION", "2026-11-15");
    date(driver, "start_PERSPECTIVES", "2026-11-16");
    submit(driver, "Spara tidsplanen");
    assertThat(mainText(driver)).contains("Tidsplanen är sparad");

    // A resident follows the dialogue by e-mail without an account, with JavaScript off.
    String dialoguePath = "/dialoger/" + manageUrl.substring(manageUrl.lastIndexOf('/') + 1);
    String resident = StaffMother.uniqueEmail("invanare");
    WebDriver residentBrowser = Browsers.javaScriptOff();
    Browsers.phone(residentBrowser);
    residentBrowser.get(url(dialoguePath));
    follow(residentBrowser, "Följ dialogen via e-post");
    Axe.assertAccessible(residentBrowser);
    type(residentBrowser, "email", resident);
    click(residentBrowser, By.id("consent-yes"));
    navigate(residentBrowser, By.cssSelector("form.td-follow-form button[type=submit]"));
    Axe.assertAccessible(residentBrowser);
    var confirmation = FollowerMailbox.await(resident, "Bekräfta att du vill följa dialogen");
    residentBrowser.get(url(FollowerMailbox.linkPath(FollowerMailbox.CONFIRM_LINK, confirmation)));
    Axe.assertAccessible(residentBrowser);
    navigate(residentBrowser, By.cssSelector("main form button[type=submit]"));
    assertThat(residentBrowser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Du följer nu dialogen");

    type(driver, "feedback", "Förberedelserna är klara. Nu intervjuar dialogteamet resenärer.");
    submit(driver, "Publicera återkopplingen och gå till nästa steg");
    assertThat(mainText(driver))
        .contains("återkopplingen är publicerad")
        .contains("Nuvarande steg: 2. Perspektivinsamling");
    Axe.assertAccessible(driver);

    follow(driver, "Visa den publika sidan");
    assertThat(driver.findElement(By.cssSelector("[aria-current=step]")).getText())
        .contains("Perspektivinsamling");
    assertThat(mainText(driver))
        .contains("Nu intervjuar dialogteamet resenärer.")
        .contains("KS 2026/77")
        .contains("Medborgarförslag");
    Axe.assertAccessible(driver);
    String publicUrl = driver.getCurrentUrl();
    signOut(driver);

    // Residents read the same page with JavaScript switched off, on a phone.
    WebDriver noScript = Browsers.javaScriptOff();
    Browsers.phone(noScript);
    noScript.get(publicUrl);
    assertThat(noScript.findElement(By.tagName("h1")).getText())
        .isEqualTo("Trygghet vid stationen");
    assertThat(noScript.findElement(By.id("main-content")).getText())
        .contains("Förberedelserna är klara.");
    assertThat(noScript.findElement(By.tagName("body")).getAttribute("class"))
        .doesNotContain("js-enabled");
    assertThat(noScript.findElement(By.cssSelector("[data-listen]")).isDisplayed()).isFalse();
    Axe.assertAccessible(noScript);
    noScript.get(url("/dialoger?status=ONGOING"));
    assertThat(noScript.findElement(By.id("main-content")).getText())
        .contains("Trygghet vid stationen");
    Axe.assertAccessible(noScript);
  }

  @Autowired se.trygghetsdialog.dialogue.CreateDialogue createDialogue;

  @Test
  void filtersTheListInPlaceWithJavaScriptAndByReloadWithout() {
    String title = "Filtrerbar dialog " + java.util.UUID.randomUUID().toString().substring(0, 6);
    createDialogue.create(
        StaffMother.tenant(municipalities).id(),
        new se.trygghetsdialog.dialogue.CreateDialogue.Input(
            java.util.UUID.randomUUID(),
            title,
            "Om filter",
            null,
            se.trygghetsdialog.dialogue.TopicOrigin.OFFICIAL,
            "",
            body.id(),
            java.time.LocalDate.of(2026, 5, 1),
            "§ 5",
            "KS 2026/5"),
        accounts.actingAs(leader));

    WebDriver driver = Browsers.javaScriptOn();
    Browsers.desktop(driver);
    open(driver, "/dialoger?lang=sv");
    org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
    choose(driver, "status", "Pågår");
    htmxWait(driver).until(d -> d.getCurrentUrl().contains("status=ONGOING"));
    htmxWait(driver)
        .until(d -> !d.findElement(By.id("dialogue-results")).getText().contains(title));
    // htmx swapped the results into the same page: the document was not reloaded.
    assertThat(page.isDisplayed()).isTrue();
    Axe.assertAccessible(driver);
    choose(driver, "status", "Förbereds");
    htmxWait(driver).until(d -> d.findElement(By.id("dialogue-results")).getText().contains(title));

    WebDriver noScript = Browsers.javaScriptOff();
    noScript.get(url("/dialoger?lang=sv"));
    choose(noScript, "status", "Förbereds");
    navigate(noScript, By.cssSelector("form.td-filter button[type=submit]"));
    assertThat(noScript.getCurrentUrl()).contains("status=PREPARING");
    assertThat(noScript.findElement(By.id("dialogue-results")).getText()).contains(title);
    Axe.assertAccessible(noScript);
  }

  /** Waits for htmx swaps; an element replaced during the check is simply looked up again. */
  private static org.openqa.selenium.support.ui.WebDriverWait htmxWait(WebDriver driver) {
    var wait =
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  @Test
  void publicPagesPassAccessibilityChecksInBothLanguages() {
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.desktop(driver);
    for (String path :
        new String[] {
          "/?lang=sv",
          "/dialoger",
          "/logga-in",
          "/finns-inte",
          "/?lang=en",
          "/dialoger",
          "/logga-in",
          "/finns-inte"
        }) {
      open(driver, path);
      Axe.assertAccessible(driver);
    }
    Browsers.phone(driver);
    for (String path : new String[] {"/?lang=sv", "/dialoger", "/logga-in"}) {
      open(driver, path);
      Object overflow =
          ((org.openqa.selenium.JavascriptExecutor) driver)
              .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
      assertThat(((Number) overflow).intValue())
          .as("horizontal scroll on a phone at %s", path)
          .isLessThanOrEqualTo(0);
    }
    Browsers.desktop(driver);
    open(driver, "/?lang=sv");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
    assertThat(driver.findElement(By.cssSelector("[data-listen]")).isDisplayed()).isTrue();
    assertThat(mainText(driver)).isNotBlank();
  }
}
