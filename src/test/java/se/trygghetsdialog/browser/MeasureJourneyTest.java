package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.feedback.FollowerMailbox;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.measure.SendMeasureDigests;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * A process leader adds a proposal to a dialogue and records the decision on it; a resident who
 * follows the dialogue gets the daily digest and opens "du sa – vi gjorde" through the private link
 * in it, with JavaScript off and on. Every page visited passes axe-core.
 */
class MeasureJourneyTest extends BrowserTestBase {

  static final Pattern PRIVATE_LINK = Pattern.compile("(/du-sa-vi-gjorde/[A-Za-z0-9_-]{43})");

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired CreateDialogue createDialogue;
  @Autowired SendMeasureDigests digests;

  StaffMember leader;
  MunicipalityId municipality;
  DialogueId dialogue;
  String dialogueTitle;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    leader = StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
    dialogueTitle = "Trygghet i hamnen " + UUID.randomUUID().toString().substring(0, 6);
    dialogue =
        createDialogue.create(
            municipality,
            new CreateDialogue.Input(
                UUID.randomUUID(),
                dialogueTitle,
                "Hur blir hamnen tryggare på kvällarna?",
                null,
                TopicOrigin.ELECTED_OFFICIAL,
                "",
                StaffMother.politicalBody(municipalities, organisations).id(),
                LocalDate.now(),
                "§ 3",
                "KS 2026/3"),
            accounts.actingAs(leader));
  }

  @Test
  void anOfficialRecordsADecisionAndTheFollowerSeesWhatBecameOfTheirInput() throws Exception {
    // A resident follows the dialogue by e-mail, with JavaScript off.
    String resident = StaffMother.uniqueEmail("boende");
    WebDriver residentBrowser = Browsers.javaScriptOff();
    Browsers.phone(residentBrowser);
    residentBrowser.get(url("/dialoger/" + dialogue + "?lang=sv"));
    Axe.assertAccessible(residentBrowser);
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
    assertThat(heading(residentBrowser)).isEqualTo("Du följer nu dialogen");
    Axe.assertAccessible(residentBrowser);

    // The process leader adds a proposal from the dialogue's measures page.
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.desktop(driver);
    signIn(driver, leader.email());
    Axe.assertAccessible(driver);
    open(driver, "/dialoger/" + dialogue);
    follow(driver, "Förslag och åtgärder");
    assertThat(heading(driver)).isEqualTo("Förslag och åtgärder");
    assertThat(mainText(driver)).contains("Det finns inga åtgärder ännu.");
    Axe.assertAccessible(driver);
    follow(driver, "Lägg till ett förslag eller en åtgärd för dialogen");
    assertThat(mainText(driver)).contains("Kopplas till dialogen " + dialogueTitle);
    Axe.assertAccessible(driver);

    submit(driver, "Spara i registret");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Skriv en rubrik.")
        .contains("Skriv vem som äger åtgärden.");
    Axe.assertAccessible(driver);

    type(driver, "title", "Belysning längs kajen");
    type(driver, "description", "Fler lampor längs kajen mellan färjeläget och torget.");
    click(driver, By.id("horizon-SHORT_TERM"));
    type(driver, "owner", "Lysekils kommun, tekniska avdelningen");
    choose(driver, "ownerKind", "Kommunen");
    type(driver, "expectedEffect", "Fler känner sig trygga vid kajen på kvällen.");
    submit(driver, "Spara i registret");
    assertThat(heading(driver)).isEqualTo("Belysning längs kajen");
    assertThat(mainText(driver)).contains("Förslaget är sparat").contains(dialogueTitle);
    Axe.assertAccessible(driver);

    // The decision: an empty form is refused, a complete one recorded.
    follow(driver, "Registrera beslut");
    Axe.assertAccessible(driver);
    submit(driver, "Registrera beslutet");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Skriv vilket organ som beslutade.")
        .contains("Skriv beslutsdatum.");
    Axe.assertAccessible(driver);
    type(driver, "body", "Kommunstyrelsen");
    date(driver, "decidedOn", LocalDate.now().toString());
    type(driver, "paragraph", "§ 210");
    type(driver, "registrationNumber", "KS 2026/210");
    click(driver, By.id("outcome-APPROVED"));
    type(driver, "reasons", "Belysningen var det som flest i dialogen tog upp.");
    submit(driver, "Registrera beslutet");
    assertThat(mainText(driver)).contains("Beslutet är registrerat").contains("Beslutad");
    Axe.assertAccessible(driver);

    // The staff register and the response-task dashboard.
    follow(driver, "Till registret");
    assertThat(mainText(driver)).contains("Belysning längs kajen");
    Axe.assertAccessible(driver);
    follow(driver, "Svarsuppgifter");
    Axe.assertAccessible(driver);

    // The public pages: the dialogue's measures, the åtgärdsplan and the medborgarlöften.
    open(driver, "/dialoger/" + dialogue + "/atgarder");
    assertThat(mainText(driver)).contains("Belysning längs kajen").contains("Bifall");
    Axe.assertAccessible(driver);
    open(driver, "/atgardsplan");
    Axe.assertAccessible(driver);
    open(driver, "/medborgarloften");
    Axe.assertAccessible(driver);
    signOut(driver);

    // The daily digest reaches the follower with a private link.
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> digests.waitingFor(municipality, resident) != 0);
    digests.sendDigests();
    var digest = FollowerMailbox.await(resident, "Nytt om det du har bidragit med");
    assertThat(digest.body()).contains("Belysning längs kajen").contains("Bifall");
    Matcher link = PRIVATE_LINK.matcher(digest.body());
    assertThat(link.find()).isTrue();

    // "Du sa – vi gjorde" without JavaScript…
    residentBrowser.get(url(link.group(1) + "?lang=sv"));
    assertThat(heading(residentBrowser)).isEqualTo("Du sa – vi gjorde");
    assertThat(mainText(residentBrowser))
        .contains(dialogueTitle)
        .contains("Belysning längs kajen")
        .contains("Bifall")
        .contains("Belysningen var det som flest i dialogen tog upp.");
    Axe.assertAccessible(residentBrowser);

    // …and with it.
    driver.get(url(link.group(1) + "?lang=sv"));
    assertThat(heading(driver)).isEqualTo("Du sa – vi gjorde");
    assertThat(mainText(driver)).contains("Belysning längs kajen").contains("Kommunstyrelsen");
    Axe.assertAccessible(driver);
  }

  @Autowired se.trygghetsdialog.measure.ProposeMeasure proposeMeasure;

  @Test
  void aSafetyCoordinatorAdoptsAPlanRecordsAPromiseAndAssignsAResponseTask() {
    StaffMember coordinator =
        StaffMother.staff(
            municipalities, accounts, "Tove Trygghetssamordnare", Role.SAFETY_COORDINATOR);
    String title = "Trygghetsvandring i centrum " + UUID.randomUUID().toString().substring(0, 6);
    proposeMeasure.propose(
        municipality,
        new se.trygghetsdialog.measure.ProposeMeasure.Input(
            UUID.randomUUID(),
            se.trygghetsdialog.measure.MeasureKind.MEASURE,
            title,
            "En vandring med boende och polis.",
            se.trygghetsdialog.measure.Horizon.SHORT_TERM,
            "Polisen och kommunen",
            se.trygghetsdialog.measure.OwnerKind.POLICE,
            "",
            "",
            null,
            null,
            null,
            java.util.List.of(se.trygghetsdialog.measure.InputRef.dialogue(dialogue.value()))),
        accounts.actingAs(coordinator));

    WebDriver driver = Browsers.javaScriptOn();
    Browsers.desktop(driver);
    signIn(driver, coordinator.email());
    follow(driver, "Förslag och åtgärder");
    Axe.assertAccessible(driver);

    // A new version of the åtgärdsplan: the decision is required.
    follow(driver, "Anta en ny version av åtgärdsplanen");
    Axe.assertAccessible(driver);
    type(driver, "title", "Åtgärdsplan för trygghet");
    driver.findElements(By.cssSelector("input[name=measures]:checked")).forEach(e -> e.click());
    driver
        .findElement(
            By.xpath("//label[normalize-space()='" + title + "']/preceding-sibling::input"))
        .click();
    submit(driver, "Anta planen");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Skriv vilket organ som beslutade.");
    Axe.assertAccessible(driver);
    type(driver, "body", "Kommunfullmäktige");
    date(driver, "decidedOn", LocalDate.now().toString());
    type(driver, "paragraph", "§ 50");
    type(driver, "registrationNumber", "KS 2026/50");
    submit(driver, "Anta planen");
    assertThat(mainText(driver)).contains("Åtgärdsplanen är antagen").contains(title);
    Axe.assertAccessible(driver);

    // A medborgarlöfte.
    open(driver, "/personal/atgarder/medborgarloften/ny");
    Axe.assertAccessible(driver);
    submit(driver, "Spara löftet");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Välj vem som lovar.");
    Axe.assertAccessible(driver);
    click(driver, By.id("party-BOTH"));
    type(driver, "focusArea", "Trygga fysiska miljöer och mötesplatser");
    date(driver, "periodStart", "2026-01-01");
    date(driver, "periodEnd", "2026-12-31");
    type(driver, "promiseText", "Vi genomför trygghetsvandringar i alla tätorter.");
    submit(driver, "Spara löftet");
    assertThat(heading(driver)).isEqualTo("Medborgarlöften");
    assertThat(mainText(driver)).contains("Vi genomför trygghetsvandringar i alla tätorter.");
    Axe.assertAccessible(driver);
    open(driver, "/personal/atgarder/medborgarloften");
    assertThat(mainText(driver)).contains("Vi genomför trygghetsvandringar i alla tätorter.");
    Axe.assertAccessible(driver);

    // A response task already past its deadline is listed as overdue.
    open(driver, "/personal/svarsuppgifter");
    String recipient = "Samhällsbyggnadsnämnden " + UUID.randomUUID().toString().substring(0, 6);
    type(driver, "recipient", recipient);
    type(driver, "subject", "Svara på förslaget om belysning.");
    date(driver, "dueOn", LocalDate.now().minusDays(1).toString());
    submit(driver, "Skapa svarsuppgiften");
    assertThat(mainText(driver)).contains("Svarsuppgiften är skapad").contains(recipient);
    assertThat(
            driver
                .findElement(By.xpath("//h2[normalize-space()='" + recipient + "']/.."))
                .getText())
        .contains("Försenad");
    Axe.assertAccessible(driver);
    signOut(driver);
  }
}
