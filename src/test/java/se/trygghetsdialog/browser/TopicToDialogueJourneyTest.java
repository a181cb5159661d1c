package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.dialogue.Charter;
import se.trygghetsdialog.dialogue.ConflictLevel;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.FillCharter;
import se.trygghetsdialog.feedback.FollowerMailbox;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.moderation.ModerationStatus;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer.Mail;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.ParticipationLadder;
import se.trygghetsdialog.topic.Topic;
import se.trygghetsdialog.topic.Topics;

/**
 * Step 0 to step 2 with JavaScript off: a resident proposes a topic and confirms their address, a
 * moderator approves it, the coordinator considers it, the process leader records the political
 * decision that creates the dialogue, the topic page links to it, and when the process leader takes
 * the next step the resident gets the step's feedback by mail. Every page passes axe-core.
 */
class TopicToDialogueJourneyTest extends BrowserTestBase {

  static final Pattern CONFIRM_LINK = Pattern.compile("(/amnen/bekrafta/[A-Za-z0-9_-]{43})");

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired ModerationQueue queue;
  @Autowired Topics topics;
  @Autowired Dialogues dialogues;
  @Autowired FillCharter fillCharter;
  @Autowired ParticipationLadder ladder;

  @Test
  void aResidentsTopicBecomesADialogueAndTheResidentIsToldAtEachStep() {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    String unique = StaffMother.uniqueWord();
    String title = "Trygghet vid stationen " + unique;
    String email = "amne-" + unique + "@example.se";
    Organisation board = StaffMother.politicalBody(municipalities, organisations);
    StaffMember moderator =
        StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR);
    StaffMember coordinator =
        StaffMother.staff(
            municipalities, accounts, "Tove Trygghetssamordnare", Role.SAFETY_COORDINATOR);
    StaffMember leader =
        StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.phone(driver);

    // A resident proposes a topic and asks to be told.
    open(driver, "/amnen?lang=sv");
    assertThat(heading(driver)).isEqualTo("Förslag på dialogämnen");
    Axe.assertAccessible(driver);
    follow(driver, "Föreslå ett ämne för en dialog");
    submit(driver, "Skicka förslaget");
    assertThat(mainText(driver)).contains("Skriv ämnet.", "Beskriv frågan.");
    Axe.assertAccessible(driver);
    type(driver, "title", title);
    type(driver, "description", "Det känns otryggt att vänta på tåget på kvällen.");
    type(driver, "email", email);
    submit(driver, "Skicka förslaget");
    assertThat(heading(driver)).isEqualTo("Tack för ditt förslag");
    assertThat(mainText(driver)).doesNotContain(email);
    Axe.assertAccessible(driver);

    Mail confirmation = FollowerMailbox.await(email, "Bekräfta din e-postadress");
    open(driver, FollowerMailbox.linkPath(CONFIRM_LINK, confirmation));
    assertThat(heading(driver)).isEqualTo("Bekräfta din e-postadress");
    Axe.assertAccessible(driver);
    submit(driver, "Bekräfta");
    assertThat(heading(driver)).isEqualTo("Din adress är bekräftad");
    Axe.assertAccessible(driver);

    // A moderator approves it.
    ModerationItem item =
        queue.list(municipality, ModerationStatus.PENDING, 1, 500).items().stream()
            .filter(i -> i.originalText().contains(title))
            .findFirst()
            .orElseThrow();
    UUID topic = item.contentId();
    signIn(driver, moderator.email());
    open(driver, "/personal/moderering/" + item.id());
    assertThat(mainText(driver)).contains("Förslag på dialogämne");
    Axe.assertAccessible(driver);
    submit(driver, "Godkänn och publicera");
    assertThat(mainText(driver)).contains("Innehållet är godkänt och publiceras.");
    signOut(driver);
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> topics.find(municipality, topic).map(Topic::shown).orElse(false));

    // The coordinator puts it under consideration, with a public reason.
    signIn(driver, coordinator.email());
    open(driver, "/personal/amnen");
    Axe.assertAccessible(driver);
    follow(driver, title);
    Axe.assertAccessible(driver);
    submit(driver, "Spara status");
    assertThat(mainText(driver)).contains("Välj en ny status.", "Skriv en motivering.");
    Axe.assertAccessible(driver);
    click(driver, By.cssSelector("label[for='status-UNDER_CONSIDERATION']"));
    type(driver, "reason", "Trygghetsrådet tar upp frågan i januari.");
    submit(driver, "Spara status");
    assertThat(mainText(driver)).contains("Statusen är ändrad.");
    assertThat(driver.findElement(By.id("topic-status")).getText()).isEqualTo("Övervägs");

    // The coordinator registers it as a medborgarförslag and refers it to a nämnd.
    submit(driver, "Registrera medborgarförslaget");
    assertThat(mainText(driver)).contains("Skriv diarienumret.");
    Axe.assertAccessible(driver);
    type(driver, "registration", "KS 2026/" + unique + "-mf");
    submit(driver, "Registrera medborgarförslaget");
    assertThat(mainText(driver)).contains("Medborgarförslaget är registrerat.");
    choose(driver, "organisationId", board.name());
    date(driver, "dueOn", LocalDate.now().plusMonths(2).toString());
    submit(driver, "Remittera");
    assertThat(mainText(driver)).contains("Medborgarförslaget är remitterat.");
    assertThat(driver.findElement(By.id("proposal-referral")).getText()).contains(board.name());
    Axe.assertAccessible(driver);
    signOut(driver);
    FollowerMailbox.await(email, "remitterat till en nämnd");
    Mail considered = FollowerMailbox.await(email, "Övervägs");
    assertThat(considered.body()).contains("Trygghetsrådet tar upp frågan i januari.");

    // The process leader records the political decision; the dialogue is created.
    signIn(driver, leader.email());
    open(driver, "/personal/amnen/" + topic);
    follow(driver, "Registrera beslutet");
    assertThat(heading(driver)).isEqualTo("Beslut om dialog");
    Axe.assertAccessible(driver);
    choose(driver, "decisionBodyId", board.name());
    date(driver, "decisionDate", LocalDate.now().toString());
    type(driver, "decisionParagraph", "§ 42");
    type(driver, "decisionRegistration", "KS 2026/" + unique);
    type(driver, "reason", "Kommunstyrelsen beslutade att hålla en dialog om stationen.");
    submit(driver, "Registrera beslutet och skapa dialogen");
    assertThat(mainText(driver)).contains("Beslutet är registrerat och dialogen är skapad.");
    Axe.assertAccessible(driver);
    DialogueId dialogue = topics.find(municipality, topic).orElseThrow().dialogueId();
    assertThat(dialogue).isNotNull();
    Mail decided = FollowerMailbox.await(email, "Beslut om dialog");
    assertThat(decided.body()).contains("Du följer nu dialogen");

    // The topic page links to the dialogue.
    open(driver, "/amnen/" + topic + "?lang=sv");
    assertThat(driver.findElement(By.id("topic-status")).getText()).isEqualTo("Beslut om dialog");
    assertThat(driver.findElement(By.id("proposal-case-file")).getText())
        .contains("KS 2026/" + unique + "-mf")
        .contains(board.name());
    assertThat(driver.findElement(By.id("topic-history")).getText())
        .contains("Övervägs")
        .contains("Trygghetsrådet tar upp frågan i januari.")
        .contains("Kommunstyrelsen beslutade att hålla en dialog om stationen.");
    Axe.assertAccessible(driver);
    follow(driver, "Gå till dialogen om ämnet");
    assertThat(heading(driver)).isEqualTo(title);
    // The dialogue page links back to the topic it came from.
    assertThat(driver.findElement(By.cssSelector("#dialogue-topic a")).getAttribute("href"))
        .endsWith("/amnen/" + topic);
    Axe.assertAccessible(driver);

    // The team prepares the charter; the process leader takes the next step with feedback.
    Charter charter =
        new Charter(
            "Invånarna formar åtgärderna.",
            "Politikerna får veta hur tryggheten upplevs.",
            "",
            true,
            "",
            ladder.levels(municipality).get(1).id(),
            ConflictLevel.LOW,
            "",
            "Resenärer",
            "Unga som pendlar",
            "En rapport efter steg 2.",
            "",
            "Oron vid stationen har ökat.",
            0L,
            100,
            LocalDate.now(),
            LocalDate.now().plusMonths(6),
            "Trygghetsgruppen",
            "Intervjuer vid stationen");
    fillCharter.fill(
        municipality,
        dialogue,
        dialogues.find(municipality, dialogue).orElseThrow().version(),
        charter,
        accounts.actingAs(leader));
    open(driver, "/personal/dialoger/" + dialogue);
    Axe.assertAccessible(driver);
    type(driver, "feedback", "Nu börjar vi samla perspektiv vid stationen.");
    submit(driver, "Publicera återkopplingen och gå till nästa steg");
    assertThat(mainText(driver)).contains("Dialogen har gått till nästa steg");
    Axe.assertAccessible(driver);
    signOut(driver);

    Mail step = FollowerMailbox.await(email, "Dialogen " + title + " har gått vidare till steg 2");
    assertThat(step.body()).contains("Nu börjar vi samla perspektiv vid stationen.");
  }
}
