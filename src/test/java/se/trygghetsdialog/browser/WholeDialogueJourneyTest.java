package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.dialogue.DialogueId;
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
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.topic.Topic;
import se.trygghetsdialog.topic.Topics;

/**
 * A whole dialogue in the browser with JavaScript off, every page checked by axe-core (which also
 * checks that the page fits a 390 px phone), the resident's pages on a phone: a resident proposes a
 * topic and confirms their address; a moderator approves it; the process leader records the
 * political decision that creates the dialogue in a new area; the team fills the charter and moves
 * to step 2; defines themes and logs two interviews and a street-outreach contact with their
 * perspectives; the perspective map shows them; an administrator imports the area's population and
 * the participation page names the age groups nobody was reached from; step 2 cannot be left until
 * the team records the gap check; a dialogue session with attendance, notes and an agreement;
 * proposals in the measure register linked to a perspective and to the agreement; the decision
 * basis frozen as version 1 with its PDF and published on the dialogue page; the decision on a
 * proposal; the dialogue moves on to step 7 and the team saves its evaluation. The resident who
 * proposed the topic gets a mail after the decision and after every step, naming the dialogue and
 * carrying the step's feedback.
 */
class WholeDialogueJourneyTest extends BrowserTestBase {

  static final Pattern TOPIC_CONFIRM_LINK = Pattern.compile("(/amnen/bekrafta/[A-Za-z0-9_-]{43})");

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired ModerationQueue queue;
  @Autowired Topics topics;
  @Autowired Areas areas;

  private String unique;
  private String title;
  private String resident;
  private DialogueId dialogue;
  private String measurePath;
  private String decisionBasisPath;

  @Test
  void aResidentsTopicRunsThroughEveryStepOfADialogueAndTheResidentIsToldAtEachStep()
      throws Exception {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    unique = StaffMother.uniqueWord();
    title = "Trygghet vid färjeläget " + unique;
    resident = "foreslagare-" + unique + "@example.se";
    Organisation board = StaffMother.politicalBody(municipalities, organisations);
    Area area = areas.register(municipality, "Färjeläget " + unique, "stadsdel", null, null);
    StaffMember moderator =
        StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR);
    StaffMember admin =
        StaffMother.staff(municipalities, accounts, "Ada Administratör", Role.ADMINISTRATOR);
    StaffMember leader =
        StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
    WebDriver driver = Browsers.javaScriptOff();
    try {
      proposeTopic(driver);
      UUID topic = approveTopic(driver, municipality, moderator);
      decide(driver, municipality, topic, leader, board, area);
      fillCharterAndStartStepTwo(driver, leader);
      logContactsWithPerspectives(driver, area);
      importPopulationAndRecordGapCheck(driver, admin, leader, area);
      holdSession(driver);
      proposeFromPerspectiveAndAgreement(driver);
      freezeDecisionBasis(driver);
      decideAndEvaluate(driver);
    } finally {
      driver.manage().deleteAllCookies();
      Browsers.desktop(driver);
    }
  }

  /** Step 0: a resident on a phone proposes the topic and confirms the address. */
  private void proposeTopic(WebDriver driver) {
    signOut(driver);
    Browsers.phone(driver);
    open(driver, "/amnen?lang=sv");
    assertThat(driver.findElement(By.tagName("body")).getAttribute("class"))
        .doesNotContain("js-enabled");
    Axe.assertAccessible(driver);
    follow(driver, "Föreslå ett ämne för en dialog");
    Axe.assertAccessible(driver);
    type(driver, "title", title);
    type(driver, "description", "Det är mörkt och ödsligt vid färjeläget när man väntar.");
    type(driver, "email", resident);
    submit(driver, "Skicka förslaget");
    assertThat(heading(driver)).isEqualTo("Tack för ditt förslag");
    assertThat(mainText(driver)).doesNotContain(resident);
    Axe.assertAccessible(driver);

    Mail confirmation = FollowerMailbox.await(resident, "Bekräfta din e-postadress");
    open(driver, FollowerMailbox.linkPath(TOPIC_CONFIRM_LINK, confirmation));
    Axe.assertAccessible(driver);
    submit(driver, "Bekräfta");
    assertThat(heading(driver)).isEqualTo("Din adress är bekräftad");
    Axe.assertAccessible(driver);
  }

  /** A moderator approves the proposal; it is shown on /amnen. */
  private UUID approveTopic(WebDriver driver, MunicipalityId municipality, StaffMember moderator) {
    Browsers.desktop(driver);
    ModerationItem item =
        Awaitility.await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> pending(municipality), java.util.Optional::isPresent)
            .orElseThrow();
    UUID topic = item.contentId();
    signIn(driver, moderator.email());
    open(driver, "/personal/moderering/" + item.id() + "?lang=sv");
    Axe.assertAccessible(driver);
    submit(driver, "Godkänn och publicera");
    assertThat(mainText(driver)).contains("Innehållet är godkänt och publiceras.");
    Axe.assertAccessible(driver);
    signOut(driver);
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> topics.find(municipality, topic).map(Topic::shown).orElse(false));
    Browsers.phone(driver);
    open(driver, "/amnen/" + topic + "?lang=sv");
    assertThat(heading(driver)).isEqualTo(title);
    Axe.assertAccessible(driver);
    return topic;
  }

  /** The proposal in the shared queue, on whichever page of it the proposal stands. */
  private java.util.Optional<ModerationItem> pending(MunicipalityId municipality) {
    ModerationQueue.Page page = queue.list(municipality, ModerationStatus.PENDING, 1, 200);
    for (int number = 1; number <= page.pages(); number++) {
      var found =
          queue.list(municipality, ModerationStatus.PENDING, number, 200).items().stream()
              .filter(i -> i.originalText().contains(title))
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return java.util.Optional.empty();
  }

  /** The political decision creates the dialogue in the new area; the resident is told. */
  private void decide(
      WebDriver driver,
      MunicipalityId municipality,
      UUID topic,
      StaffMember leader,
      Organisation board,
      Area area) {
    Browsers.desktop(driver);
    signIn(driver, leader.email());
    open(driver, "/personal/amnen?lang=sv");
    Axe.assertAccessible(driver);
    open(driver, "/personal/amnen/" + topic);
    Axe.assertAccessible(driver);
    follow(driver, "Registrera beslutet");
    Axe.assertAccessible(driver);
    choose(driver, "decisionBodyId", board.name());
    date(driver, "decisionDate", LocalDate.now().toString());
    type(driver, "decisionParagraph", "§ 77");
    type(driver, "decisionRegistration", "KS 2026/" + unique);
    choose(driver, "areaId", area.name());
    type(driver, "reason", "Kommunstyrelsen beslutade att hålla en dialog om färjeläget.");
    submit(driver, "Registrera beslutet och skapa dialogen");
    assertThat(mainText(driver)).contains("Beslutet är registrerat och dialogen är skapad.");
    Axe.assertAccessible(driver);
    dialogue = topics.find(municipality, topic).orElseThrow().dialogueId();
    assertThat(dialogue).isNotNull();

    Mail decided = FollowerMailbox.await(resident, "Beslut om dialog");
    assertThat(decided.body())
        .contains(title)
        .contains("Du följer nu dialogen")
        .contains("Kommunstyrelsen beslutade att hålla en dialog om färjeläget.");
  }

  /** Step 1: the team fills the charter with its preparation parts and moves to step 2. */
  private void fillCharterAndStartStepTwo(WebDriver driver, StaffMember leader) {
    open(driver, "/personal/dialoger/" + dialogue + "?lang=sv");
    assertThat(heading(driver)).isEqualTo(title);
    Axe.assertAccessible(driver);
    follow(driver, "Fyll i stadgan");
    Axe.assertAccessible(driver);
    type(driver, "purposeInfluence", "Invånarna formar åtgärderna vid färjeläget.");
    type(driver, "purposeBasis", "Kommunstyrelsen får veta hur tryggheten upplevs.");
    click(driver, By.id("canBeInfluenced-yes"));
    click(driver, By.cssSelector("input[name=participationLevelId]"));
    click(driver, By.id("conflictLevel-LOW"));
    type(driver, "targetGroups", "Resenärer och boende kring färjeläget.");
    type(driver, "rarelyHeardGroups", "Unga vuxna som pendlar och äldre utan bil.");
    type(driver, "documentationPlan", "Ett beslutsunderlag efter steg 4.");
    type(driver, "context", "Färjeläget har blivit ödsligt sedan kiosken stängde.");
    type(driver, "organisationParticipants", "Samhällsbyggnad och trafikenheten.");
    type(driver, "residentInvolvement", "Intervjuer i vinter och ett dialogmöte i vår.");
    type(driver, "budgetSek", "40000");
    type(driver, "staffHours", "160");
    date(driver, "periodStart", LocalDate.now().toString());
    date(driver, "periodEnd", LocalDate.now().plusMonths(6).toString());
    submit(driver, "Spara stadgan");
    assertThat(mainText(driver)).contains("Stadgan är komplett");
    Axe.assertAccessible(driver);

    nextStep(driver, "Nu samlar vi perspektiv vid färjeläget " + unique + ".", 2);
  }

  /** Step 2: themes, two interviews and a street-outreach contact, the perspective map. */
  private void logContactsWithPerspectives(WebDriver driver, Area area) {
    open(driver, "/personal/dialoger/" + dialogue + "/teman?lang=sv");
    assertThat(heading(driver)).isEqualTo("Teman");
    Axe.assertAccessible(driver);
    type(driver, "name", "Väntan på färjan");
    submit(driver, "Lägg till tema");
    type(driver, "name", "Vägen hem");
    submit(driver, "Lägg till tema");
    assertThat(driver.findElement(By.id("themes")).getText())
        .contains("Väntan på färjan", "Vägen hem");
    Axe.assertAccessible(driver);

    logContact(driver, "INTERVIEW", area, "1", "age30To49", "women");
    addPerspective(
        driver,
        "FEELING",
        "Väntsalen är låst på kvällen och man står ute i mörkret " + unique + ".",
        "Väntan på färjan",
        false);
    logContact(driver, "INTERVIEW", area, "1", "age50To64", "men");
    addPerspective(
        driver,
        "IDEA",
        "Håll väntsalen öppen till sista färjan " + unique + ".",
        "Väntan på färjan",
        false);
    logContact(driver, "STREET_OUTREACH", area, "6", "ageUnder18", "women");
    addPerspective(
        driver,
        "STANCE",
        "Vi vill inte ha fler kameror, vi vill ha folk i rörelse " + unique + ".",
        "Vägen hem",
        true);

    follow(driver, "Perspektivkarta");
    assertThat(heading(driver)).isEqualTo("Perspektivkarta");
    assertThat(driver.findElement(By.id("perspective-map")).getText())
        .contains("Väntan på färjan", "Vägen hem", "Intervju", "Uppsökande på gatan");
    assertThat(driver.findElement(By.id("map-total")).getText()).isEqualTo("3");
    assertThat(mainText(driver)).contains("Nej-röst");
    Axe.assertAccessible(driver);
    follow(driver, "Kontakter");
    assertThat(driver.findElement(By.id("contacts")).getText())
        .contains("Intervju", "Uppsökande på gatan");
    Axe.assertAccessible(driver);
  }

  private void logContact(
      WebDriver driver, String channel, Area area, String people, String ageField, String gender) {
    open(driver, "/personal/dialoger/" + dialogue + "/kontakter/ny?lang=sv");
    Axe.assertAccessible(driver);
    click(driver, By.cssSelector("label[for='channel-" + channel + "']"));
    choose(driver, "areaId", area.name());
    type(driver, "people", people);
    type(driver, ageField, people);
    type(driver, gender, people);
    submit(driver, "Logga kontakten");
    assertThat(mainText(driver)).contains("Kontakten är loggad");
    Axe.assertAccessible(driver);
  }

  private void addPerspective(
      WebDriver driver, String kind, String text, String theme, boolean dissent) {
    click(driver, By.cssSelector("label[for='kind-" + kind + "']"));
    type(driver, "text", text);
    click(driver, By.xpath("//label[normalize-space()='" + theme + "']"));
    if (dissent) {
      click(driver, By.cssSelector("label[for='dissent']"));
    }
    submit(driver, "Lägg till perspektivet");
    assertThat(mainText(driver)).contains("Perspektivet är tillagt").contains(text);
    Axe.assertAccessible(driver);
  }

  /**
   * The area's population is imported; the participation page names the missing age groups; step 2
   * cannot be left until the gap check is recorded.
   */
  private void importPopulationAndRecordGapCheck(
      WebDriver driver, StaffMember admin, StaffMember leader, Area area) throws Exception {
    String code = "1484X" + unique.substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    signIn(driver, admin.email());
    open(driver, "/personal/admin/befolkning?lang=sv");
    Axe.assertAccessible(driver);
    type(driver, "code-" + area.id(), code);
    submit(driver, "Spara koderna");
    assertThat(mainText(driver)).contains("Områdenas koder är sparade.");
    Axe.assertAccessible(driver);
    StringBuilder csv = new StringBuilder("region;ålder;kön;år;antal\n");
    for (String age : new String[] {"0-17", "18-29", "30-49", "50-64", "65+"}) {
      csv.append(code).append(" Färjeläget;").append(age).append(";män;2024;60\n");
      csv.append(code).append(" Färjeläget;").append(age).append(";kvinnor;2024;62\n");
    }
    Path file = Files.createTempFile("folkmangd-farjelaget", ".csv");
    try {
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      driver.findElement(By.id("file")).sendKeys(file.toString());
      submit(driver, "Läs in filen");
      assertThat(mainText(driver)).contains("Befolkningsstatistiken är inläst");
      Axe.assertAccessible(driver);
    } finally {
      Files.deleteIfExists(file);
    }

    signIn(driver, leader.email());
    open(driver, "/personal/dialoger/" + dialogue + "?lang=sv");
    type(driver, "feedback", "Nu bjuder vi in till ett dialogmöte.");
    submit(driver, "Publicera återkopplingen och gå till nästa steg");
    assertThat(mainText(driver)).contains("Har vi missat någon?");
    Axe.assertAccessible(driver);

    open(driver, "/personal/dialoger/" + dialogue + "/deltagande?lang=sv");
    assertThat(heading(driver)).isEqualTo("Deltagande och representativitet");
    assertThat(driver.findElement(By.id("missing-groups")).getText())
        .contains("18–29 år: ingen nådd")
        .contains("65 år och äldre: ingen nådd");
    Axe.assertAccessible(driver);
    type(driver, "findings", "Vi har nått barn och medelålders men inga unga vuxna eller äldre.");
    type(driver, "missingGroups", "18–29 år och 65 år och äldre.");
    type(driver, "actions", "Vi besöker pensionärsföreningen och folkhögskolan.");
    submit(driver, "Spara kontrollen");
    assertThat(mainText(driver)).contains("Kontrollen Har vi missat någon? är sparad");
    Axe.assertAccessible(driver);

    nextStep(driver, "Nu träffas vi i ett dialogmöte om färjeläget " + unique + ".", 3);
  }

  /** Step 3: a dialogue session with attendance counts, neutral notes and an agreement. */
  private void holdSession(WebDriver driver) {
    open(driver, "/personal/dialoger/" + dialogue + "/moten?lang=sv");
    Axe.assertAccessible(driver);
    click(driver, By.id("format-PHYSICAL"));
    type(driver, "title", "Kväll om färjeläget " + unique);
    type(driver, "agenda", "1. Välkomna\n2. Vad vi har hört\n3. Vad gör vi nu?");
    value(driver, "date", LocalDate.now().minusDays(1).toString());
    value(driver, "start", "18:00");
    value(driver, "end", "20:00");
    type(driver, "venue", "Färjeterminalen");
    click(driver, By.id("stepFree"));
    submit(driver, "Planera mötet");
    assertThat(heading(driver)).isEqualTo("Kväll om färjeläget " + unique);
    Axe.assertAccessible(driver);
    type(driver, "attended", "9");
    type(driver, "ageUnder18", "2");
    type(driver, "women", "5");
    type(driver, "men", "4");
    type(driver, "notes", "Deltagarna vill att väntsalen är öppen och att det finns mer ljus.");
    type(driver, "agreements", "Öppen väntsal till sista färjan " + unique);
    submit(driver, "Spara utfallet");
    assertThat(mainText(driver))
        .contains("Utfallet är sparat.")
        .contains("Öppen väntsal till sista färjan " + unique);
    Axe.assertAccessible(driver);

    nextStep(driver, "Nu tar vi fram förslag om färjeläget " + unique + ".", 4);
  }

  /** Step 4: proposals linked to a perspective and to the session's agreement. */
  private void proposeFromPerspectiveAndAgreement(WebDriver driver) {
    open(driver, "/personal/atgarder/ny?dialog=" + dialogue + "&lang=sv");
    assertThat(mainText(driver)).contains("Kopplas till dialogen " + title);
    Axe.assertAccessible(driver);
    type(driver, "title", "Öppen väntsal vid färjeläget " + unique);
    type(driver, "description", "Väntsalen hålls öppen och upplyst till sista färjan.");
    click(driver, By.id("horizon-SHORT_TERM"));
    type(driver, "owner", "Trafikenheten");
    choose(driver, "ownerKind", "Kommunen");
    submit(driver, "Spara i registret");
    assertThat(mainText(driver)).contains("Förslaget är sparat").contains(title);
    Axe.assertAccessible(driver);
    measurePath = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

    linkInput(driver, "Perspektiv från en dialog", "väntsalen öppen " + unique);
    linkInput(driver, "Överenskommelse i ett dialogmöte", "sista färjan " + unique);
    assertThat(mainText(driver))
        .contains("Håll väntsalen öppen till sista färjan " + unique)
        .contains("Öppen väntsal till sista färjan " + unique);
  }

  private void linkInput(WebDriver driver, String type, String words) {
    choose(driver, "typ", type);
    type(driver, "sok", words);
    submit(driver, "Sök underlag");
    Axe.assertAccessible(driver);
    click(driver, By.cssSelector("input[name=choice]"));
    submit(driver, "Koppla underlaget");
    Axe.assertAccessible(driver);
  }

  /**
   * Before step 5: the team opens the draft decision basis and freezes it as a numbered version;
   * its PDF is a real PDF and the public dialogue page lists the version.
   */
  private void freezeDecisionBasis(WebDriver driver) throws Exception {
    open(driver, "/personal/dialoger/" + dialogue + "?lang=sv");
    follow(driver, "Sammanställning och beslutsunderlag");
    Axe.assertAccessible(driver);
    open(driver, "/personal/dialoger/" + dialogue + "/underlag/beslutsunderlag?lang=sv");
    assertThat(heading(driver)).isEqualTo("Beslutsunderlag – utkast");
    assertThat(driver.findElements(By.id("missing-parts"))).as(() -> mainText(driver)).isEmpty();
    assertThat(mainText(driver))
        .contains("Öppen väntsal vid färjeläget " + unique)
        .contains("Håll väntsalen öppen till sista färjan " + unique);
    Axe.assertAccessible(driver);
    navigate(driver, By.id("freeze"));
    assertThat(mainText(driver)).contains("Versionen är fryst och publicerad på dialogens sida.");
    Axe.assertAccessible(driver);
    String version =
        driver.findElement(By.cssSelector("#versions a[href$='.pdf']")).getAttribute("href");
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(version)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).hasSizeGreaterThan(1000);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    decisionBasisPath = version.replaceFirst("^https?://[^/]+", "").replaceFirst("\\.pdf$", "");
  }

  /**
   * Step 5: the decision on the proposal is recorded; the dialogue moves on to step 7 and the team
   * saves its evaluation.
   */
  private void decideAndEvaluate(WebDriver driver) {
    nextStep(driver, "Förslagen går nu till kommunstyrelsen " + unique + ".", 5);
    open(driver, measurePath);
    follow(driver, "Registrera beslut");
    Axe.assertAccessible(driver);
    type(driver, "body", "Kommunstyrelsen");
    date(driver, "decidedOn", LocalDate.now().toString());
    type(driver, "paragraph", "§ 120");
    type(driver, "registrationNumber", "KS 2026/" + unique);
    click(driver, By.id("outcome-APPROVED"));
    type(driver, "reasons", "Väntsalen var det som flest tog upp i dialogen.");
    submit(driver, "Registrera beslutet");
    assertThat(mainText(driver)).contains("Beslutet är registrerat").contains("Beslutad");
    Axe.assertAccessible(driver);

    nextStep(driver, "Kommunstyrelsen biföll förslaget om väntsalen " + unique + ".", 6);
    nextStep(driver, "Väntsalen är öppen; nu utvärderar vi dialogen " + unique + ".", 7);

    open(driver, "/personal/dialoger/" + dialogue + "/utvardering?lang=sv");
    Axe.assertAccessible(driver);
    for (String aspect :
        new String[] {"purpose", "form", "method", "accessibility", "representation"}) {
      click(driver, By.id(aspect + "Score-4"));
    }
    type(driver, "representationText", "Vi nådde få unga vuxna och äldre.");
    submit(driver, "Spara utvärderingen");
    assertThat(mainText(driver)).contains("Utvärderingen är sparad.");
    Axe.assertAccessible(driver);
    signOut(driver);

    // The resident reads the whole story on the public dialogue page, on a phone.
    Browsers.phone(driver);
    open(driver, "/dialoger/" + dialogue + "?lang=sv");
    assertThat(heading(driver)).isEqualTo(title);
    assertThat(mainText(driver))
        .contains("Nu samlar vi perspektiv vid färjeläget " + unique)
        .contains("Väntsalen är öppen; nu utvärderar vi dialogen " + unique);
    Axe.assertAccessible(driver);
    assertThat(driver.findElement(By.id("published-documents")).getText())
        .contains("Beslutsunderlag, version 1");
    follow(driver, "Beslutsunderlag, version 1");
    assertThat(driver.getCurrentUrl()).contains(decisionBasisPath);
    assertThat(heading(driver)).startsWith("Beslutsunderlag");
    assertThat(mainText(driver))
        .contains("Öppen väntsal vid färjeläget " + unique)
        .doesNotContain(resident);
    Axe.assertAccessible(driver);
    open(driver, "/dialoger/" + dialogue + "/atgarder?lang=sv");
    assertThat(mainText(driver)).contains("Öppen väntsal vid färjeläget " + unique);
    Axe.assertAccessible(driver);
  }

  /**
   * The process leader publishes the feedback and takes the next step; the resident who proposed
   * the topic gets the feedback by mail.
   */
  private void nextStep(WebDriver driver, String feedback, int step) {
    open(driver, "/personal/dialoger/" + dialogue + "?lang=sv");
    type(driver, "feedback", feedback);
    submit(driver, "Publicera återkopplingen och gå till nästa steg");
    assertThat(mainText(driver)).contains("Nuvarande steg: " + step + ".");
    Axe.assertAccessible(driver);
    Mail mail =
        FollowerMailbox.await(resident, "Dialogen " + title + " har gått vidare till steg " + step);
    assertThat(mail.body()).contains(title).contains(feedback);
  }

  /** Sets a form field's value directly (date and time fields, whatever the browser's locale). */
  private static void value(WebDriver driver, String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
  }
}
