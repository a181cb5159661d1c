package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.ManageTeam;
import se.trygghetsdialog.dialogue.TeamRole;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.opinion.CastVote;
import se.trygghetsdialog.opinion.ChooseVotingSteps;
import se.trygghetsdialog.opinion.OpinionConversations;
import se.trygghetsdialog.opinion.OpinionMother;
import se.trygghetsdialog.opinion.SeedStatement;
import se.trygghetsdialog.opinion.Statement;
import se.trygghetsdialog.opinion.StatementId;
import se.trygghetsdialog.opinion.StatementOrigin;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Opinion mapping end to end: a process leader seeds statements; a resident votes one statement at
 * a time (with htmx, and as plain form posts without JavaScript) and writes a statement, which a
 * moderator approves before it becomes votable; the results page shows the opinion groups. Every
 * page passes axe-core.
 */
class OpinionJourneyTest extends BrowserTestBase {

  static final String FIRST = "Det behövs mer belysning vid busstationen.";
  static final String SECOND = "Fler vuxna ute på kvällarna gör centrum tryggare.";
  static final String THIRD = "Fritidsgården borde ha öppet fler kvällar.";

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired Dialogues dialogues;
  @Autowired ManageTeam manageTeam;
  @Autowired StaffAccounts accounts;
  @Autowired ChooseVotingSteps chooseSteps;
  @Autowired SeedStatement seed;
  @Autowired CastVote castVote;
  @Autowired OpinionConversations conversations;
  @Autowired ModerationQueue queue;

  MunicipalityId municipality;
  Dialogue dialogue;
  StaffMember leader;
  StaffMember moderator;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    dialogue =
        OpinionMother.openDialogue(
            municipality, organisations, createDialogue, dialogues, chooseSteps, "Trygg kväll");
    leader = StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
    moderator = StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR);
    manageTeam.appoint(municipality, dialogue.id(), leader.id(), TeamRole.PROCESS_LEADER);
  }

  /** The statement shown; empty while htmx is swapping the card. */
  String statementText(WebDriver driver) {
    try {
      return driver.findElement(By.id("statement-text")).getText();
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return "";
    }
  }

  @Test
  void staffSeedStatementsAResidentVotesWithHtmxWritesAModeratedStatementAndSeesTheGroups() {
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.desktop(driver);

    // The process leader seeds statements from the staff pages.
    signIn(driver, leader.email());
    Axe.assertAccessible(driver);
    follow(driver, "Påståenden och åsiktsgrupper i dialogerna");
    assertThat(heading(driver)).isEqualTo("Påståenden och åsiktsgrupper");
    Axe.assertAccessible(driver);
    follow(driver, dialogue.title());
    assertThat(heading(driver)).isEqualTo("Påståenden");
    assertThat(driver.findElement(By.id("voting-state")).getText())
        .isEqualTo("Röstningen är öppen för invånarna nu.");
    Axe.assertAccessible(driver);

    submit(driver, "Lägg till påståendet");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Skriv ditt påstående");
    Axe.assertAccessible(driver);
    for (String text : List.of(FIRST, SECOND, THIRD)) {
      type(driver, "text", text);
      submit(driver, "Lägg till påståendet");
      assertThat(mainText(driver)).contains("Påståendet är tillagt och visas nu.");
    }
    assertThat(driver.findElement(By.id("statements")).getText()).contains(FIRST, SECOND, THIRD);
    Axe.assertAccessible(driver);
    signOut(driver);

    // A resident finds the statements from the dialogue's page and votes with one click each.
    open(driver, "/dialoger/" + dialogue.id() + "?lang=sv");
    Axe.assertAccessible(driver);
    follow(driver, "Påståenden och åsiktsgrupper");
    assertThat(heading(driver)).isEqualTo("Tyck till om påståenden");
    assertThat(statementText(driver)).isEqualTo(FIRST);
    Axe.assertAccessible(driver);

    driver.findElement(By.xpath("//button[normalize-space()='Håller med']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                !d.findElements(By.id("vote-saved")).isEmpty()
                    && !statementText(d).isEmpty()
                    && !statementText(d).equals(FIRST));
    String second = statementText(driver);
    assertThat(second).isIn(SECOND, THIRD);
    assertThat(driver.getCurrentUrl()).endsWith("/dialoger/" + dialogue.id() + "/pastaenden");
    Axe.assertAccessible(driver);

    driver.findElement(By.xpath("//button[normalize-space()='Håller inte med']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !statementText(d).isEmpty() && !statementText(d).equals(second));
    String third = statementText(driver);
    driver.findElement(By.xpath("//button[normalize-space()='Hoppa över']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.id("vote-done")).isEmpty());
    assertThat(driver.findElement(By.id("vote-progress")).getText())
        .isEqualTo("Du har tagit ställning till 3 av 3 påståenden.");
    assertThat(third).isNotEqualTo(second);
    Axe.assertAccessible(driver);

    // The resident writes a statement; it waits for moderation.
    type(driver, "text", "Bänkarna i parken vid torget behöver lagas.");
    submit(driver, "Skicka påståendet");
    assertThat(mainText(driver)).contains("Ditt påstående granskas innan det visas för andra.");
    assertThat(mainText(driver)).contains("Spara länken");
    assertThat(driver.getCurrentUrl()).contains("/pastaenden/kvitto/");
    assertThat(driver.findElements(By.id("statement-text"))).isEmpty();
    String privatePath =
        java.net
            .URI
            .create(driver.findElement(By.id("private-link")).getAttribute("href"))
            .getPath();
    assertThat(privatePath).startsWith("/du-sa-vi-gjorde/");
    Axe.assertAccessible(driver);

    Statement pending =
        conversations.statements(municipality, dialogue.id()).stream()
            .filter(s -> s.origin() == StatementOrigin.PARTICIPANT)
            .findFirst()
            .orElseThrow();
    ModerationItem item =
        queue.byContent(municipality, Statement.CONTENT_TYPE, pending.id().value()).orElseThrow();

    // A moderator approves it with a shorter public text.
    signIn(driver, moderator.email());
    Axe.assertAccessible(driver);
    open(driver, "/personal/moderering");
    Axe.assertAccessible(driver);
    // The shared demo municipality's queue has other tests' items too: find the statement's page.
    By listed = By.cssSelector("a[href='/personal/moderering/" + item.id() + "']");
    for (int page = 2; driver.findElements(listed).isEmpty() && page <= 50; page++) {
      open(driver, "/personal/moderering?sida=" + page);
    }
    assertThat(driver.findElement(listed).getText()).contains("Påstående i åsiktskartläggning");
    open(driver, "/personal/moderering/" + item.id());
    Axe.assertAccessible(driver);
    type(driver, "publicText", "Bänkarna vid torget behöver lagas.");
    submit(driver, "Godkänn och publicera");
    assertThat(mainText(driver)).contains("Innehållet är godkänt och publiceras.");
    Axe.assertAccessible(driver);
    signOut(driver);

    // The approved statement becomes votable, with the public text.
    open(driver, "/dialoger/" + dialogue.id() + "/pastaenden");
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d -> {
              d.navigate().refresh();
              return !d.findElements(By.id("statement-text")).isEmpty();
            });
    assertThat(statementText(driver)).isEqualTo("Bänkarna vid torget behöver lagas.");
    Axe.assertAccessible(driver);
    driver.findElement(By.xpath("//button[normalize-space()='Håller med']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.id("vote-done")).isEmpty());

    // The receipt's private link shows what became of the statement, with its public text.
    open(driver, privatePath);
    assertThat(mainText(driver)).contains("Bänkarna vid torget behöver lagas.");
    Axe.assertAccessible(driver);
    open(driver, "/dialoger/" + dialogue.id() + "/pastaenden");

    // Many residents vote; the background worker forms groups and the results page shows them.
    List<StatementId> ids =
        conversations.shown(municipality, dialogue.id()).stream().map(Statement::id).toList();
    OpinionMother.plantedVotes(municipality, dialogue, castVote, ids, 12);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                conversations
                    .map(municipality, dialogue.id())
                    .filter(map -> map.hasGroups() && map.participants() == 37)
                    .isPresent());
    follow(driver, "Se åsiktsgrupperna och vad många håller med om");
    assertThat(heading(driver)).isEqualTo("Åsiktsgrupper");
    assertThat(driver.findElement(By.id("groups-heading")).getText())
        .startsWith("Deltagarna bildar");
    assertThat(driver.findElement(By.id("groups-table")).getText()).contains("Grupp A", "Grupp B");
    assertThat(driver.findElements(By.cssSelector("svg[role=img] circle"))).hasSizeGreaterThan(30);
    assertThat(mainText(driver)).contains("Grupp A håller oftare");
    assertThat(driver.findElement(By.id("results-basis")).getText()).contains("37");
    Axe.assertAccessible(driver);
  }

  @Test
  void aVoteThatCannotBeSavedSaysSoAndKeepsTheStatement() {
    StatementId first = seed.seed(municipality, dialogue.id(), FIRST);
    seed.seed(municipality, dialogue.id(), SECOND);
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.phone(driver);
    signOut(driver);
    open(driver, "/dialoger/" + dialogue.id() + "/pastaenden?lang=sv");
    assertThat(statementText(driver)).isEqualTo(FIRST);

    // The form's CSRF token no longer matches: the server answers 403 with its error page.
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "document.querySelector('#vote-card form input[type=hidden]:not([name=statementId])')"
                + ".value = 'forged';");
    driver.findElement(By.id("vote-AGREE")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("vote-failed")).isDisplayed());
    assertThat(driver.findElement(By.id("vote-failed")).getText())
        .isEqualTo("Din röst kunde inte sparas. Försök igen om en stund.");
    assertThat(statementText(driver)).isEqualTo(FIRST);
    assertThat(driver.findElements(By.id("vote-saved"))).isEmpty();
    Axe.assertAccessible(driver);

    // Voting closes while the page is open: the server's card gives the reason, same statement.
    open(driver, "/dialoger/" + dialogue.id() + "/pastaenden?lang=sv");
    chooseSteps.choose(municipality, dialogue.id(), java.util.Set.of());
    driver.findElement(By.id("vote-DISAGREE")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.id("vote-error")).isEmpty());
    assertThat(driver.findElement(By.id("vote-error")).getText())
        .isEqualTo("Det går inte att rösta på påståenden i dialogen just nu.");
    assertThat(statementText(driver)).isEqualTo(FIRST);
    assertThat(driver.findElement(By.id("vote-failed")).isDisplayed()).isFalse();
    Axe.assertAccessible(driver);
    assertThat(conversations.statement(municipality, first)).isPresent();
  }

  @Test
  void aResidentVotesAndWritesWithoutJavaScript() {
    seed.seed(municipality, dialogue.id(), FIRST);
    seed.seed(municipality, dialogue.id(), SECOND);
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.phone(driver);
    signOut(driver);

    open(driver, "/dialoger/" + dialogue.id() + "/pastaenden?lang=sv");
    assertThat(statementText(driver)).isEqualTo(FIRST);
    Axe.assertAccessible(driver);

    submit(driver, "Håller med");
    assertThat(mainText(driver)).contains("Tack, din röst är sparad.");
    assertThat(statementText(driver)).isEqualTo(SECOND);
    Axe.assertAccessible(driver);

    submit(driver, "Håller inte med");
    assertThat(driver.findElement(By.id("vote-done")).isDisplayed()).isTrue();
    Axe.assertAccessible(driver);

    // An empty statement gets the error summary; nothing is saved.
    submit(driver, "Skicka påståendet");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Skriv ditt påstående");
    Axe.assertAccessible(driver);

    follow(driver, "Se åsiktsgrupperna och vad många håller med om");
    assertThat(heading(driver)).isEqualTo("Åsiktsgrupper");
    Axe.assertAccessible(driver);
  }
}
