package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.EmptyInstall;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A municipality installs the product without demo data and runs a dialogue the same day, on its
 * own empty database ({@link EmptyInstall}): the first administrator works through the setup
 * checklist with JavaScript off (profile and logo, map, a political body, a housing company, an
 * area imported from GeoJSON and routed to the housing company, staff invited), and draws an area
 * on the map with JavaScript on; a process leader creates a dialogue and publishes its first
 * feedback; a resident reports a place inside the area and, once moderated, it is on the housing
 * company's worklist. The public pages, on a phone, carry the municipality's own name, logo and
 * links and nothing of the demo municipality. The platform operator then adds a second municipality
 * on another host name, whose administrator sees none of the first one's data. axe-core on every
 * page.
 */
@EmptyInstall
class NewMunicipalityRunsADialogueJourneyTest extends BrowserTestBase {

  private static final Pattern ACTIVATION = Pattern.compile("/konto/aktivera/([A-Za-z0-9_-]+)");

  /** Every public page a resident reaches from the menu. */
  private static final List<String> PUBLIC_PAGES =
      List.of(
          "/",
          "/dialoger",
          "/rapportera",
          "/trygghetskarta",
          "/trygghetsvandringar",
          "/lagesbild",
          "/atgardsplan",
          "/medborgarloften",
          "/trygghet/veckorapporter",
          "/tillganglighet");

  private static final String NAME = "Sotenäs kommun";
  private static final String BODY = "Kommunstyrelsen i Sotenäs";
  private static final String HOUSING = "Sotenäsbostäder";
  private static final String AREA = "Kungshamn";
  private static final String DIALOGUE = "Trygghet i hamnen på kvällarna";
  private static final String REPORT = "Trasig belysning vid hamnplanen i Kungshamn.";
  private static final String SECOND_HOST = "andra-kommunen.localhost";

  @Autowired Municipalities municipalities;
  @Autowired Areas areas;

  String on(String host, String path) {
    return "http://" + host + ":" + port + path;
  }

  void signInAs(WebDriver driver, String host, String email, String password) {
    driver.get(on(host, "/"));
    var buttons = driver.findElements(By.cssSelector("form[action='/logga-ut'] button"));
    if (!buttons.isEmpty()) {
      navigate(driver, By.cssSelector("form[action='/logga-ut'] button"));
    }
    driver.get(on(host, "/logga-in?lang=sv"));
    type(driver, "email", email);
    type(driver, "password", password);
    navigate(driver, By.cssSelector("form[action='/logga-in'] button[type=submit]"));
  }

  /** Follows the invitation mailed to the address and chooses a password on the given host. */
  void activate(WebDriver driver, String host, String email, String password) {
    TestMailServer.Mail mail = TestMailServer.awaitMail(email, "Inbjudan");
    Matcher link = ACTIVATION.matcher(mail.body());
    assertThat(link.find()).as(mail.body()).isTrue();
    driver.get(on(host, "/konto/aktivera/" + link.group(1) + "?lang=sv"));
    assertThat(heading(driver)).isEqualTo("Välj lösenord");
    Axe.assertAccessible(driver);
    type(driver, "password", password);
    type(driver, "confirmation", password);
    submit(driver, "Spara lösenord");
    assertThat(mainText(driver)).contains("Nu kan du logga in");
  }

  void checklistItem(WebDriver driver, String name) {
    open(driver, "/personal/admin/installation");
    navigate(driver, By.linkText(name));
    Axe.assertAccessible(driver);
  }

  @Test
  void aMunicipalitySetsItselfUpAndRunsADialogueOnAnEmptyInstall() throws Exception {
    WebDriver admin = Browsers.javaScriptOff();
    Browsers.desktop(admin);
    signOut(admin);

    // The first administrator, from the environment, lands on the setup checklist.
    signInAs(admin, "localhost", EmptyInstall.ADMIN_EMAIL, EmptyInstall.PASSWORD);
    assertThat(heading(admin)).isEqualTo("Installation och inställningar");
    assertThat(mainText(admin)).contains("Att göra");
    Axe.assertAccessible(admin);

    // Profile, links and logo.
    checklistItem(admin, "Kommunens uppgifter");
    type(admin, "name", NAME);
    type(admin, "contactEmail", "kommun@sotenas.example");
    type(admin, "contactPhone", "0523-66 40 00");
    type(admin, "eServicesUrl", "https://www.sotenas.example/e-tjanster");
    type(admin, "noticeBoardUrl", "https://www.sotenas.example/anslagstavla");
    submit(admin, "Spara uppgifterna");
    assertThat(mainText(admin)).contains("Kommunens uppgifter är sparade.");
    Axe.assertAccessible(admin);
    File logo = Files.createTempFile("sotenas-logo", ".png").toFile();
    logo.deleteOnExit();
    ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "png", logo);
    admin.findElement(By.id("logo")).sendKeys(logo.getAbsolutePath());
    submit(admin, "Ladda upp logotypen");
    assertThat(mainText(admin)).contains("Logotypen är sparad.");
    Axe.assertAccessible(admin);

    // The map: the municipality's own frame instead of the whole of Sweden.
    checklistItem(admin, "Kartan");
    type(admin, "minLatitude", "58.30");
    type(admin, "maxLatitude", "58.50");
    type(admin, "minLongitude", "11.10");
    type(admin, "maxLongitude", "11.45");
    submit(admin, "Spara kartan");
    Axe.assertAccessible(admin);

    // A political body and a housing company with a contact address.
    checklistItem(admin, "Politiska organ");
    follow(admin, "Lägg till organisation");
    Axe.assertAccessible(admin);
    type(admin, "name", BODY);
    click(admin, By.id("kind-EXECUTIVE_BOARD"));
    submit(admin, "Spara");
    assertThat(heading(admin)).isEqualTo("Ändra " + BODY);
    Axe.assertAccessible(admin);
    open(admin, "/personal/admin/organisationer/ny");
    type(admin, "name", HOUSING);
    click(admin, By.id("kind-HOUSING_COMPANY"));
    type(admin, "email", "felanmalan@sotenasbostader.example");
    type(admin, "phone", "0523-123 45");
    submit(admin, "Spara");
    assertThat(heading(admin)).isEqualTo("Ändra " + HOUSING);
    open(admin, "/personal/admin/organisationer");
    assertThat(mainText(admin)).contains(BODY).contains(HOUSING);
    Axe.assertAccessible(admin);

    // An area imported from GeoJSON (the alternative to drawing).
    Path geojson = Files.createTempFile("omraden", ".geojson");
    Files.writeString(
        geojson,
        """
        {"type":"FeatureCollection","features":[{"type":"Feature",
         "properties":{"namn":"Kungshamn"},
         "geometry":{"type":"Polygon","coordinates":[[[11.22,58.34],[11.28,58.34],
         [11.28,58.38],[11.22,58.38],[11.22,58.34]]]}}]}
        """,
        StandardCharsets.UTF_8);
    checklistItem(admin, "Områden");
    follow(admin, "Importera från GeoJSON");
    Axe.assertAccessible(admin);
    admin.findElement(By.id("file")).sendKeys(geojson.toString());
    type(admin, "nameProperty", "namn");
    type(admin, "kind", "tätort");
    submit(admin, "Importera");
    assertThat(heading(admin)).isEqualTo("Områden");
    assertThat(mainText(admin)).contains(AREA);
    Axe.assertAccessible(admin);
    Files.deleteIfExists(geojson);

    // Place reports inside the area go to the housing company.
    open(admin, "/personal/admin/kategorier/omraden");
    Axe.assertAccessible(admin);
    choose(admin, "organisationId", HOUSING);
    type(admin, "name", "Sotenäsbostäder i Kungshamn");
    choose(admin, "areaId", AREA);
    submit(admin, "Lägg till");
    assertThat(mainText(admin)).contains("Området är tillagt.").contains("Sotenäsbostäder i");
    Axe.assertAccessible(admin);

    // Staff: a process leader who also moderates, and the housing company's caseworker.
    checklistItem(admin, "Bjud in personal");
    type(admin, "email", "processledare@sotenas.example");
    type(admin, "displayName", "Petra Processledare");
    click(admin, By.id("roles-PROCESS_LEADER"));
    click(admin, By.id("roles-MODERATOR"));
    submit(admin, "Skicka inbjudan");
    assertThat(mainText(admin)).contains("Inbjudan är skickad.");
    Axe.assertAccessible(admin);
    open(admin, "/personal/admin/anvandare/bjud-in");
    type(admin, "email", "handlaggare@sotenasbostader.example");
    type(admin, "displayName", "Hans Handläggare");
    click(admin, By.id("roles-PARTNER"));
    choose(admin, "organisationId", HOUSING);
    submit(admin, "Skicka inbjudan");
    assertThat(mainText(admin)).contains("Inbjudan är skickad.");

    // What is left is the accessibility statement: its first review.
    open(admin, "/personal/admin/installation");
    assertThat(mainText(admin)).contains("1 uppgift återstår innan en dialog kan startas.");
    checklistItem(admin, "Tillgänglighetsredogörelse");
    date(admin, "reviewedOn", "2026-12-01");
    type(admin, "contact", "Ring Sotenäs kommuns kontaktcenter på 0523-66 40 00.");
    submit(admin, "Publicera en ny version");
    assertThat(mainText(admin)).contains("Version 1");
    Axe.assertAccessible(admin);
    open(admin, "/personal/admin/installation");
    assertThat(admin.findElements(By.cssSelector(".govuk-task-list__status .govuk-tag--blue")))
        .as(() -> mainText(admin))
        .isEmpty();
    Axe.assertAccessible(admin);

    // With JavaScript on, the area page draws on the map and the form sends the drawing.
    WebDriver drawing = Browsers.javaScriptOn();
    Browsers.desktop(drawing);
    signInAs(drawing, "localhost", EmptyInstall.ADMIN_EMAIL, EmptyInstall.PASSWORD);
    open(drawing, "/personal/admin/omraden/ny?lang=sv");
    await(drawing, By.cssSelector("#area-map.leaflet-container"));
    Axe.assertAccessible(drawing);
    type(drawing, "name", "Hunnebostrand");
    type(drawing, "kind", "kommundel");
    WebElement frame = drawing.findElement(By.cssSelector("#area-map .leaflet-overlay-pane path"));
    new Actions(drawing).moveToElement(frame, -12, -8).click().perform();
    new Actions(drawing).moveToElement(frame, 12, -8).click().perform();
    new Actions(drawing).moveToElement(frame, 0, 10).click().perform();
    assertThat(drawing.findElement(By.id("area-map-status")).getText()).contains("3 hörn");
    String drawn = drawing.findElement(By.id("geometry")).getAttribute("value");
    assertThat(drawn).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[");
    submit(drawing, "Spara");
    assertThat(heading(drawing)).as(() -> mainText(drawing)).isEqualTo("Ändra Hunnebostrand");
    Axe.assertAccessible(drawing);
    Area hunnebostrand =
        areas.all(municipalities.resolve("localhost").id()).stream()
            .filter(a -> a.name().equals("Hunnebostrand"))
            .findFirst()
            .orElseThrow();
    assertThat(hunnebostrand.geometry()).isNotNull();
    assertThat(hunnebostrand.geometry().split("\\],\\[")).hasSize(4);
    signOut(drawing);

    // The process leader accepts the invitation, creates the dialogue and publishes feedback.
    WebDriver leader = admin;
    signOut(leader);
    String leaderPassword = "Petras eget lösenord 2026";
    activate(leader, "localhost", "processledare@sotenas.example", leaderPassword);
    signInAs(leader, "localhost", "processledare@sotenas.example", leaderPassword);
    assertThat(heading(leader)).contains("Petra Processledare");
    Axe.assertAccessible(leader);
    open(leader, "/personal/dialoger");
    follow(leader, "Registrera beslut och skapa dialog");
    Axe.assertAccessible(leader);
    type(leader, "title", DIALOGUE);
    type(leader, "summary", "Hur upplevs tryggheten i hamnen när det blir mörkt?");
    click(leader, By.id("origin-ELECTED_OFFICIAL"));
    choose(leader, "decisionBodyId", BODY);
    date(leader, "decisionDate", "2026-11-20");
    type(leader, "decisionParagraph", "§ 12");
    type(leader, "decisionRegistration", "KS 2026/12");
    submit(leader, "Skapa dialogen");
    assertThat(heading(leader)).as(() -> mainText(leader)).isEqualTo(DIALOGUE);
    Axe.assertAccessible(leader);
    String manageUrl = leader.getCurrentUrl();
    follow(leader, "Fyll i stadgan");
    Axe.assertAccessible(leader);
    type(leader, "purposeInfluence", "Invånarna formar åtgärderna i hamnen.");
    type(leader, "purposeBasis", "Kommunstyrelsen får veta hur tryggheten upplevs.");
    click(leader, By.id("canBeInfluenced-yes"));
    click(leader, By.cssSelector("input[name=participationLevelId]"));
    click(leader, By.id("conflictLevel-LOW"));
    type(leader, "targetGroups", "Boende och näringsidkare i Kungshamn.");
    type(leader, "rarelyHeardGroups", "Unga som väntar på bussen i hamnen.");
    type(leader, "documentationPlan", "En rapport publiceras efter steg 2.");
    type(leader, "context", "Otryggheten i hamnen har ökat sedan busslinjen drogs om.");
    type(leader, "organisationParticipants", "Samhällsbyggnad och bostadsbolaget.");
    type(leader, "residentInvolvement", "Intervjuer i höst och dialoggrupper i vår.");
    type(leader, "budgetSek", "50000");
    type(leader, "staffHours", "200");
    date(leader, "periodStart", "2026-10-01");
    date(leader, "periodEnd", "2027-05-31");
    submit(leader, "Spara stadgan");
    assertThat(mainText(leader)).contains("Stadgan är komplett");
    leader.get(manageUrl);
    type(leader, "feedback", "Nu samlar vi perspektiv från dem som rör sig i hamnen.");
    submit(leader, "Publicera återkopplingen och gå till nästa steg");
    assertThat(mainText(leader)).contains("återkopplingen är publicerad");
    Axe.assertAccessible(leader);
    String dialoguePath = "/dialoger/" + manageUrl.substring(manageUrl.lastIndexOf('/') + 1);
    signOut(leader);

    // A resident on a phone, without JavaScript, reports a place inside Kungshamn.
    WebDriver resident = admin;
    Browsers.phone(resident);
    open(resident, "/rapportera?lang=sv");
    Instant shown = Instant.now();
    Axe.assertAccessible(resident);
    type(resident, "latitude", "58.3600");
    type(resident, "longitude", "11.2500");
    choose(resident, "categoryId", "Belysning");
    click(resident, By.id("timeOfDay-EVENING"));
    type(resident, "description", REPORT);
    PlaceReportJourneyTest.waitOutMinimumFillTime(shown);
    submit(resident, "Skicka rapporten");
    assertThat(heading(resident))
        .as(() -> mainText(resident))
        .isEqualTo("Tack, din rapport har kommit in");
    Axe.assertAccessible(resident);

    // The process leader, who moderates too, approves it.
    Browsers.desktop(leader);
    signInAs(leader, "localhost", "processledare@sotenas.example", leaderPassword);
    open(leader, "/personal/moderering");
    Axe.assertAccessible(leader);
    navigate(leader, By.cssSelector("main a[href^='/personal/moderering/']"));
    Axe.assertAccessible(leader);
    type(leader, "publicText", REPORT);
    submit(leader, "Godkänn och publicera");
    assertThat(mainText(leader)).contains("Innehållet är godkänt och publiceras.");
    signOut(leader);

    // The housing company's caseworker finds it on the worklist: routed by the area.
    WebDriver caseworker = admin;
    String caseworkerPassword = "Hans eget lösenord 2026";
    activate(caseworker, "localhost", "handlaggare@sotenasbostader.example", caseworkerPassword);
    signInAs(caseworker, "localhost", "handlaggare@sotenasbostader.example", caseworkerPassword);
    new WebDriverWait(caseworker, Duration.ofSeconds(20))
        .until(
            d -> {
              open(d, "/personal/arbetslista?lang=sv");
              return mainText(d).contains(REPORT);
            });
    assertThat(heading(caseworker)).isEqualTo("Arbetslista");
    Axe.assertAccessible(caseworker);
    signOut(caseworker);

    // Every public page, on a phone: the municipality's name, logo and links; nothing of Lysekil.
    WebDriver visitor = admin;
    Browsers.phone(visitor);
    for (String page : concat(PUBLIC_PAGES, dialoguePath)) {
      open(visitor, page + (page.contains("?") ? "&" : "?") + "lang=sv");
      assertThat(visitor.findElement(By.cssSelector("header")).getText()).as(page).contains(NAME);
      assertThat(visitor.findElements(By.cssSelector("header img.td-header__tenant-logo")))
          .as(page)
          .hasSize(1);
      assertThat(
              visitor.findElements(
                  By.cssSelector("a[href='https://www.sotenas.example/anslagstavla']")))
          .as(page)
          .isNotEmpty();
      assertThat(visitor.getPageSource().toLowerCase(Locale.ROOT))
          .as(page)
          .doesNotContain("lysekil");
      Axe.assertAccessible(visitor);
    }
    open(visitor, dialoguePath);
    assertThat(mainText(visitor)).contains(DIALOGUE).contains(BODY).contains("KS 2026/12");
    Browsers.desktop(visitor);

    // The platform operator adds a second municipality on a host name of its own.
    WebDriver operator = admin;
    open(operator, "/plattform/logga-in?lang=sv");
    Axe.assertAccessible(operator);
    type(operator, "email", EmptyInstall.OPERATOR_EMAIL);
    type(operator, "password", EmptyInstall.PASSWORD);
    navigate(operator, By.cssSelector("form[action='/plattform/logga-in'] button[type=submit]"));
    assertThat(heading(operator)).isEqualTo("Kommuner på plattformen");
    assertThat(mainText(operator)).contains(NAME);
    Axe.assertAccessible(operator);
    navigate(operator, By.linkText("Lägg till en kommun"));
    Axe.assertAccessible(operator);
    type(operator, "code", "1430");
    type(operator, "name", "Munkedals kommun");
    type(operator, "hostNames", SECOND_HOST);
    type(operator, "adminEmail", "admin@munkedal.example");
    type(operator, "adminName", "Maja Munkedal");
    submit(operator, "Lägg till kommunen och skicka inbjudan");
    assertThat(mainText(operator)).contains("Kommunen är tillagd").contains(SECOND_HOST);
    Axe.assertAccessible(operator);
    navigate(operator, By.cssSelector("form[action='/plattform/logga-ut'] button"));

    // Its administrator sees none of the first municipality's data, staff or public.
    WebDriver second = admin;
    String secondPassword = "Majas eget lösenord 2026";
    activate(second, SECOND_HOST, "admin@munkedal.example", secondPassword);
    signInAs(second, SECOND_HOST, "admin@munkedal.example", secondPassword);
    assertThat(heading(second)).isEqualTo("Installation och inställningar");
    assertThat(mainText(second)).contains("Munkedals kommun").doesNotContain("Sotenäs");
    for (String page :
        List.of(
            "/personal/admin/organisationer",
            "/personal/admin/omraden",
            "/personal/admin/kategorier/omraden",
            "/personal/admin/anvandare",
            "/personal/dialoger",
            "/personal/moderering",
            "/personal/arbetslista",
            "/",
            "/dialoger",
            "/trygghetskarta",
            dialoguePath)) {
      second.get(on(SECOND_HOST, page));
      String text = second.findElement(By.tagName("body")).getText();
      assertThat(text)
          .as(page)
          .doesNotContain("Sotenäs")
          .doesNotContain(HOUSING)
          .doesNotContain(AREA)
          .doesNotContain(DIALOGUE)
          .doesNotContain("Petra Processledare");
      Axe.assertAccessible(second);
    }
    signOut(second);
  }

  private static List<String> concat(List<String> pages, String more) {
    return java.util.stream.Stream.concat(pages.stream(), java.util.stream.Stream.of(more))
        .toList();
  }
}
