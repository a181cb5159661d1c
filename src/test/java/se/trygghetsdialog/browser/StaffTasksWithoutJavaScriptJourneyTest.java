package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.ManageTeam;
import se.trygghetsdialog.dialogue.TeamRole;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.opinion.ChooseVotingSteps;
import se.trygghetsdialog.opinion.OpinionConversations;
import se.trygghetsdialog.opinion.OpinionMother;
import se.trygghetsdialog.opinion.Statement;
import se.trygghetsdialog.opinion.StatementOrigin;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.place.TimeOfDay;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestSpots;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.Walks;

/**
 * One core task per staff module, done end to end with JavaScript switched off (plain form posts
 * and reloads), every page checked by axe-core: seeding a statement and approving a resident's
 * statement, changing a place report's status in a worklist, proposing a measure and recording its
 * decision, saving the lägesbild draft, planning a walk, recording a protocol point and sending the
 * protocol on a phone, creating a dialogue with its charter, publishing a rumour's clarification,
 * and inviting a staff member.
 */
class StaffTasksWithoutJavaScriptJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;

  private static String unique() {
    return se.trygghetsdialog.place.PlaceMother.unique();
  }

  private WebDriver noScript() {
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);
    return driver;
  }

  private static void assertNoScript(WebDriver driver) {
    assertThat(driver.findElement(By.tagName("body")).getAttribute("class"))
        .doesNotContain("js-enabled");
  }

  private MunicipalityId municipality() {
    return StaffMother.tenant(municipalities).id();
  }

  @Nested
  class OpinionAndModeration {

    @Autowired CreateDialogue createDialogue;
    @Autowired Dialogues dialogues;
    @Autowired ChooseVotingSteps chooseSteps;
    @Autowired ManageTeam manageTeam;
    @Autowired OpinionConversations conversations;
    @Autowired ModerationQueue queue;

    @Test
    void aLeaderSeedsAStatementAndAModeratorApprovesAResidentsStatement() {
      MunicipalityId municipality = municipality();
      Dialogue dialogue =
          OpinionMother.openDialogue(
              municipality,
              organisations,
              createDialogue,
              dialogues,
              chooseSteps,
              "Trygg skolväg " + unique());
      StaffMember leader =
          StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
      manageTeam.appoint(municipality, dialogue.id(), leader.id(), TeamRole.PROCESS_LEADER);
      StaffMember moderator =
          StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR);
      String seeded = "Övergångsstället vid skolan behöver en skylt " + unique() + ".";

      WebDriver driver = noScript();
      signIn(driver, leader.email());
      open(driver, "/personal/dialoger/" + dialogue.id() + "/pastaenden?lang=sv");
      assertNoScript(driver);
      assertThat(heading(driver)).isEqualTo("Påståenden");
      submit(driver, "Lägg till påståendet");
      assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
          .contains("Skriv ditt påstående");
      Axe.assertAccessible(driver);
      type(driver, "text", seeded);
      submit(driver, "Lägg till påståendet");
      assertThat(mainText(driver)).contains("Påståendet är tillagt och visas nu.");
      assertThat(driver.findElement(By.id("statements")).getText()).contains(seeded);
      Axe.assertAccessible(driver);
      signOut(driver);

      // A resident writes a statement, also without JavaScript; it waits for moderation.
      open(driver, "/dialoger/" + dialogue.id() + "/pastaenden?lang=sv");
      type(driver, "text", "Bilarna kör för fort förbi skolan.");
      submit(driver, "Skicka påståendet");
      assertThat(mainText(driver)).contains("Ditt påstående granskas innan det visas för andra.");
      Statement pending =
          conversations.statements(municipality, dialogue.id()).stream()
              .filter(s -> s.origin() == StatementOrigin.PARTICIPANT)
              .findFirst()
              .orElseThrow();
      ModerationItem item =
          queue.byContent(municipality, Statement.CONTENT_TYPE, pending.id().value()).orElseThrow();

      signIn(driver, moderator.email());
      open(driver, "/personal/moderering?lang=sv");
      // The shared demo municipality's queue has other tests' items too: find the statement's page.
      By listed = By.cssSelector("a[href$='/personal/moderering/" + item.id() + "']");
      for (int page = 2; driver.findElements(listed).isEmpty() && page <= 50; page++) {
        open(driver, "/personal/moderering?lang=sv&sida=" + page);
      }
      assertThat(driver.findElement(listed).getText()).contains("Påstående i åsiktskartläggning");
      navigate(driver, listed);
      Axe.assertAccessible(driver);
      type(driver, "publicText", "Bilarna kör för fort vid skolan.");
      submit(driver, "Godkänn och publicera");
      assertNoScript(driver);
      assertThat(mainText(driver)).contains("Innehållet är godkänt och publiceras.");
      Axe.assertAccessible(driver);
      signOut(driver);
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  conversations.statements(municipality, dialogue.id()).stream()
                      .anyMatch(s -> s.text().equals("Bilarna kör för fort vid skolan.")));
    }
  }

  @Nested
  class Worklist {

    @Autowired PlaceCategories categories;
    @Autowired PlaceRouting routing;
    @Autowired ReportPlace reportPlace;
    @Autowired ModerationQueue queue;
    @Autowired ApproveContent approve;

    @Test
    void aDepartmentMarksAPlaceReportInProgress() {
      MunicipalityId municipality = municipality();
      String unique = unique();
      Organisation department =
          organisations.register(
              municipality, "Avdelning " + unique, OrganisationKind.DEPARTMENT, null);
      UUID litter =
          categories.all(municipality).stream()
              .filter(c -> c.code().equals("LITTER"))
              .findFirst()
              .orElseThrow()
              .id();
      routing.addRoute(municipality, litter, department.id());
      ReportPlace.Receipt receipt =
          reportPlace.report(
              municipality,
              new ReportPlace.Input(
                  litter,
                  TestSpots.next(),
                  List.of(),
                  TimeOfDay.DAY,
                  null,
                  "Skräp vid busshållplatsen " + unique + ".",
                  null,
                  null,
                  null,
                  null,
                  Locale.forLanguageTag("sv")));
      var item =
          queue
              .byContent(municipality, PlaceReport.CONTENT_TYPE, receipt.id().value())
              .orElseThrow();
      approve.approve(
          municipality,
          item.id(),
          "Skräp vid busshållplatsen " + unique + ".",
          accounts.actingAs(
              StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR)));
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> routing.find(municipality, receipt.id(), department.id()).isPresent());
      StaffMember worker =
          accounts.createWithPassword(
              municipality,
              StaffMother.uniqueEmail("arbetare"),
              "Ada Arbetare",
              Set.of(Role.PARTNER),
              department.id(),
              DEMO_PASSWORD);

      WebDriver driver = noScript();
      signIn(driver, worker.email());
      open(driver, "/personal/arbetslista?lang=sv");
      assertNoScript(driver);
      assertThat(mainText(driver)).contains("Skräp vid busshållplatsen " + unique);
      String key = receipt.id().value() + "-" + department.id();
      click(driver, By.id("status-" + key));
      navigate(driver, By.cssSelector("#uppdrag-" + key + " button[type=submit]"));
      assertNoScript(driver);
      assertThat(driver.findElement(By.id("status-now-" + key)).getText()).isEqualTo("Pågår");
      Axe.assertAccessible(driver);
      signOut(driver);
    }
  }

  @Nested
  class Measures {

    @Test
    void aLeaderProposesAMeasureAndRecordsTheDecision() {
      StaffMember leader =
          StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
      String title = "Belysning vid badplatsen " + unique();

      WebDriver driver = noScript();
      signIn(driver, leader.email());
      open(driver, "/personal/atgarder?lang=sv");
      assertNoScript(driver);
      open(driver, "/personal/atgarder/ny?lang=sv");
      submit(driver, "Spara i registret");
      assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
          .contains("Skriv en rubrik.");
      Axe.assertAccessible(driver);
      type(driver, "title", title);
      type(driver, "description", "Fler lampor längs stigen till badplatsen.");
      click(driver, By.id("horizon-SHORT_TERM"));
      type(driver, "owner", "Lysekils kommun, tekniska avdelningen");
      choose(driver, "ownerKind", "Kommunen");
      type(driver, "expectedEffect", "Fler vågar gå till badplatsen på kvällen.");
      submit(driver, "Spara i registret");
      assertThat(heading(driver)).isEqualTo(title);
      assertThat(mainText(driver)).contains("Förslaget är sparat");
      Axe.assertAccessible(driver);

      follow(driver, "Registrera beslut");
      assertNoScript(driver);
      type(driver, "body", "Kommunstyrelsen");
      date(driver, "decidedOn", LocalDate.now().toString());
      type(driver, "paragraph", "§ 211");
      type(driver, "registrationNumber", "KS 2026/211");
      click(driver, By.id("outcome-APPROVED"));
      type(driver, "reasons", "Belysning efterfrågades i dialogen.");
      submit(driver, "Registrera beslutet");
      assertThat(mainText(driver)).contains("Beslutet är registrerat").contains("Beslutad");
      Axe.assertAccessible(driver);
      signOut(driver);
    }
  }

  @Nested
  class Lagesbild {

    @Test
    void theCoordinatorSavesTheDraftAndAddsAProblem() {
      StaffMember coordinator =
          StaffMother.staff(
              municipalities, accounts, "Tove Trygghetssamordnare", Role.SAFETY_COORDINATOR);
      String unique = unique();
      String analysis = "Otryggheten vid stationen hänger ihop med mörker, analys " + unique + ".";

      WebDriver driver = noScript();
      signIn(driver, coordinator.email());
      open(driver, "/personal/lagesbild?lang=sv");
      assertNoScript(driver);
      type(driver, "crimeText", "Anmälningarna om skadegörelse är oförändrade.");
      type(driver, "otherText", "Trygghetsmätningen visar otrygghet vid stationen.");
      type(driver, "analysisText", analysis);
      submit(driver, "Spara utkastet");
      assertThat(mainText(driver)).contains("Utkastet är sparat");
      assertThat(driver.findElement(By.id("analysisText")).getAttribute("value"))
          .isEqualTo(analysis);
      Axe.assertAccessible(driver);

      type(driver, "problemTitle", "Mörkt vid stationen " + unique);
      type(driver, "problemDescription", "Belysningen räcker inte på kvällar.");
      submit(driver, "Lägg till problemet");
      assertThat(mainText(driver))
          .contains("Problemet är tillagt")
          .contains("Mörkt vid stationen " + unique);
      Axe.assertAccessible(driver);
      signOut(driver);
    }
  }

  @Nested
  class SafetyWalks {

    @Autowired Walks walks;

    @Test
    void theCoordinatorPlansAWalkWithStopsRecordsAPointAndSendsTheProtocolOnAPhone() {
      MunicipalityId municipality = municipality();
      String unique = unique();
      StaffMember coordinator =
          StaffMother.staff(municipalities, accounts, "Sara Samordnare", Role.SAFETY_COORDINATOR);
      Organisation technical =
          organisations.register(
              municipality, "Parkenheten " + unique, OrganisationKind.DEPARTMENT, null);
      String title = "Vandring Norra hamnen " + unique;

      String technicalMail = StaffMother.uniqueEmail("park");

      // On a phone, as in the field.
      WebDriver driver = noScript();
      Browsers.phone(driver);
      signIn(driver, coordinator.email());
      open(driver, "/personal/trygghetsvandringar/ny?lang=sv");
      assertNoScript(driver);
      type(driver, "title", title);
      date(driver, "meeting1Date", "2027-03-01");
      type(driver, "meeting1Place", "Lysekils bibliotek");
      date(driver, "meeting2Date", "2027-03-15");
      type(driver, "meeting2Place", "Lysekils busstation");
      date(driver, "meeting3Date", "2027-04-01");
      type(driver, "meeting3Place", "Lysekils bibliotek");
      WebElement invitee = driver.findElement(By.id("invitees-" + technical.id()));
      driver.findElement(By.cssSelector("label[for='invitees-" + technical.id() + "']")).click();
      assertThat(invitee.isSelected()).isTrue();
      type(driver, "maxWalkers", "10");
      type(driver, "stops", "Södra hamnen\nKungstorget; 58.2746, 11.4352");
      submit(driver, "Spara vandringen");
      assertNoScript(driver);
      assertThat(heading(driver)).isEqualTo(title);
      assertThat(driver.findElement(By.id("route")).getText())
          .contains("Södra hamnen")
          .contains("Kungstorget");
      Axe.assertAccessible(driver);
      String path = driver.getCurrentUrl();
      UUID walkId = UUID.fromString(path.substring(path.lastIndexOf('/') + 1).split("\\?")[0]);

      follow(driver, "Skriv protokollet (mobil)");
      assertThat(heading(driver)).isEqualTo("Skriv protokollet");
      assertThat(driver.findElement(By.id("walk-map")).isDisplayed()).isFalse();
      Axe.assertAccessible(driver);
      type(driver, "q", "Södra hamnen");
      submit(driver, "Sök");
      Axe.assertAccessible(driver);
      follow(driver, "Södra hamnen");
      assertThat(driver.findElement(By.id("latitude")).getAttribute("value")).startsWith("58.27");
      choose(driver, "categoryId", "Belysning");
      driver.findElement(By.cssSelector("label[for='safety-unsafe']")).click();
      type(driver, "proposedAction", "Byt trasiga lampor vid kajen.");
      choose(driver, "ownerId", technical.name());
      driver.findElement(By.cssSelector("label[for='priority-HIGH']")).click();
      date(driver, "deadline", "2027-05-01");
      submit(driver, "Spara punkten");
      assertNoScript(driver);
      assertThat(mainText(driver)).contains("Punkten är sparad.");
      assertThat(driver.findElement(By.id("recorded-points")).getText()).contains("Belysning");
      Axe.assertAccessible(driver);
      Walk walk = walks.find(municipality, walkId).orElseThrow();
      assertThat(walks.points(walk)).hasSize(1);

      // The invited unit's address is saved and the protocol sent, each a plain form post.
      open(driver, "/personal/trygghetsvandringar/" + walkId + "?lang=sv");
      type(driver, "email-" + technical.id(), technicalMail);
      navigate(driver, By.cssSelector("form[action$='/inbjudna/" + technical.id() + "'] button"));
      assertThat(mainText(driver)).contains("Adressen är sparad.");
      Axe.assertAccessible(driver);
      submit(driver, "Skicka protokollet");
      assertNoScript(driver);
      assertThat(mainText(driver)).contains("Protokollet är skickat och publicerat.");
      assertThat(driver.findElement(By.id("mails")).getText()).contains(technicalMail);
      Axe.assertAccessible(driver);
      Browsers.desktop(driver);
      signOut(driver);
    }
  }

  @Nested
  class DialoguesAndRumours {

    @Test
    void aLeaderCreatesADialogueAndFillsItsCharter() {
      StaffMember leader =
          StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
      Organisation body = StaffMother.politicalBody(municipalities, organisations);
      String title = "Trygghet i parken " + unique();

      WebDriver driver = noScript();
      signIn(driver, leader.email());
      open(driver, "/personal/dialoger/ny?lang=sv");
      assertNoScript(driver);
      type(driver, "title", title);
      type(driver, "summary", "Hur upplevs tryggheten i parken på kvällarna?");
      click(driver, By.id("origin-CITIZEN_PROPOSAL"));
      type(driver, "originReference", "MF 2026/13");
      choose(driver, "decisionBodyId", body.name());
      date(driver, "decisionDate", "2026-10-01");
      type(driver, "decisionParagraph", "§ 78");
      type(driver, "decisionRegistration", "KS 2026/78");
      submit(driver, "Skapa dialogen");
      assertThat(heading(driver)).isEqualTo(title);
      assertThat(mainText(driver)).contains("Dialogen är skapad");
      Axe.assertAccessible(driver);

      follow(driver, "Fyll i stadgan");
      type(driver, "purposeInfluence", "Invånarna formar åtgärderna.");
      type(driver, "purposeBasis", "Politikerna får veta hur tryggheten upplevs.");
      click(driver, By.id("canBeInfluenced-yes"));
      click(driver, By.cssSelector("input[name=participationLevelId]"));
      click(driver, By.id("conflictLevel-LOW"));
      type(driver, "targetGroups", "Boende runt parken.");
      type(driver, "rarelyHeardGroups", "Äldre som inte går ut på kvällen.");
      type(driver, "documentationPlan", "En rapport publiceras efter steg 2.");
      type(driver, "context", "Oron för otrygghet vid stationen har ökat.");
      type(driver, "organisationParticipants", "Trygghetsgruppen och Tekniska avdelningen.");
      type(driver, "residentInvolvement", "Intervjuer i höst, dialoggrupper i vår.");
      type(driver, "budgetSek", "80000");
      type(driver, "staffHours", "300");
      date(driver, "periodStart", "2026-10-01");
      date(driver, "periodEnd", "2027-05-31");
      submit(driver, "Spara stadgan");
      assertNoScript(driver);
      assertThat(mainText(driver)).contains("Stadgan är sparad").contains("Stadgan är komplett");
      Axe.assertAccessible(driver);
      signOut(driver);
    }

    @Test
    void theCoordinatorRecordsARumourAndPublishesTheClarification() {
      StaffMember coordinator =
          StaffMother.staff(municipalities, accounts, "Sara Samordnare", Role.SAFETY_COORDINATOR);
      String clarification = "Biblioteket har öppet som vanligt, " + unique() + ".";

      WebDriver driver = noScript();
      Browsers.phone(driver);
      signIn(driver, coordinator.email());
      open(driver, "/personal/rykten/ny?lang=sv");
      assertNoScript(driver);
      type(driver, "content", "Det sägs att biblioteket stänger i december.");
      click(driver, By.id("channel-INSTAGRAM"));
      date(driver, "seenDate", LocalDate.now().minusDays(1).toString());
      type(driver, "clarification", clarification);
      submit(driver, "Spara");
      assertThat(driver.findElement(By.id("rumour-status")).getText()).contains("Noterat");
      Axe.assertAccessible(driver);
      submit(driver, "Publicera förtydligandet");
      assertNoScript(driver);
      assertThat(driver.findElement(By.id("rumour-status")).getText())
          .contains("Förtydligande publicerat");
      Axe.assertAccessible(driver);
      Browsers.desktop(driver);
      signOut(driver);
    }
  }

  @Nested
  class Administration {

    @Test
    void anAdministratorInvitesAStaffMember() {
      StaffMember admin =
          StaffMother.staff(municipalities, accounts, "Anna Administratör", Role.ADMINISTRATOR);
      String email = StaffMother.uniqueEmail("inbjuden");

      WebDriver driver = noScript();
      signIn(driver, admin.email());
      open(driver, "/personal/admin/anvandare/bjud-in?lang=sv");
      assertNoScript(driver);
      submit(driver, "Skicka inbjudan");
      assertThat(driver.findElement(By.id("error-summary")).getText())
          .contains("Fyll i e-postadressen");
      Axe.assertAccessible(driver);
      type(driver, "email", email);
      type(driver, "displayName", "Nora Nyanställd");
      click(driver, By.id("roles-MODERATOR"));
      submit(driver, "Skicka inbjudan");
      assertNoScript(driver);
      assertThat(mainText(driver)).contains("Inbjudan är skickad.");
      Axe.assertAccessible(driver);
      assertThat(accounts.findByEmail(municipality(), email)).isPresent();
      signOut(driver);
    }
  }
}
