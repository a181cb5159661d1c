package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkPoint;
import se.trygghetsdialog.walk.Walks;

/**
 * A trygghetsvandring on a phone (390×844): the coordinator plans it with the route as stops,
 * residents register with JavaScript on and off until it is full, the protocol is recorded on the
 * phone — points queued while the connection is lost or the server is out of reach (one with a
 * photo kept in IndexedDB, one without IndexedDB, one left by the older localStorage queue) and
 * sent once when it returns, a rejected queued point corrected with "Rätta" — then the protocol is
 * sent, published with statuses, a status change shows publicly, and a follow-up walk shows what
 * has happened since. Every page passes axe-core; the public ones also without JavaScript.
 */
class WalkJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired Walks walks;

  private static void network(WebDriver driver, boolean offline) {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline", offline,
            "latency", 0,
            "downloadThroughput", -1,
            "uploadThroughput", -1));
  }

  /** Makes the protocol's POSTs fail as if the server could not be reached (page stays online). */
  private static void blockPointPosts(WebDriver driver, boolean blocked) {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand(
        "Network.setBlockedURLs", Map.of("urls", blocked ? List.of("*/protokoll") : List.of()));
  }

  /** A small PNG in a temporary file, for the photo input. */
  private static Path smallPng() {
    try {
      BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.ORANGE);
      g.fillRect(0, 0, 40, 30);
      g.dispose();
      Path file = Files.createTempFile("walk-photo", ".png");
      ImageIO.write(image, "png", file.toFile());
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean online(WebDriver driver) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver).executeScript("return navigator.onLine"));
  }

  private static String queueText(WebDriver driver) {
    return driver.findElement(By.id("walk-queue-status")).getText();
  }

  @Test
  void aWalkIsPlannedRegisteredRecordedOfflineSentAndFollowedUpOnAPhone() {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    String unique = UUID.randomUUID().toString().substring(0, 6);
    StaffMember coordinator =
        StaffMother.staff(municipalities, accounts, "Sara Samordnare", Role.SAFETY_COORDINATOR);
    Organisation technical =
        organisations.register(
            municipality, "Gatuenheten " + unique, OrganisationKind.DEPARTMENT, null);
    String technicalMail = StaffMother.uniqueEmail("gata");
    String title = "Vandring Södra hamnen " + unique;

    // ---- the coordinator plans the walk on a phone (route as stops, no map needed) ----------
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.phone(driver);
    signIn(driver, coordinator.email());
    open(driver, "/personal?lang=sv");
    follow(driver, "Trygghetsvandringar");
    assertThat(heading(driver)).isEqualTo("Trygghetsvandringar");
    Axe.assertAccessible(driver);
    follow(driver, "Planera en trygghetsvandring");
    assertThat(heading(driver)).isEqualTo("Planera en trygghetsvandring");
    Axe.assertAccessible(driver);
    type(driver, "title", title);
    date(driver, "meeting1Date", "2027-03-01");
    type(driver, "meeting1Place", "Lysekils bibliotek");
    date(driver, "meeting2Date", "2027-02-20");
    type(driver, "meeting2Place", "Lysekils busstation");
    date(driver, "meeting3Date", "2027-03-29");
    type(driver, "meeting3Place", "Lysekils bibliotek");
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].click()", driver.findElement(By.id("invitees-" + technical.id())));
    type(driver, "maxWalkers", "2");
    type(driver, "stops", "Södra hamnen\nKungstorget; 58.2746, 11.4352");
    submit(driver, "Spara vandringen");
    // Meetings out of order: an error, and what was typed is still there.
    assertThat(mainText(driver)).contains("Träffarna måste komma i ordning");
    assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
    Axe.assertAccessible(driver);
    date(driver, "meeting2Date", "2027-03-08");
    submit(driver, "Spara vandringen");
    assertThat(heading(driver)).isEqualTo(title);
    // A week between meeting 1 and 2: a warning, not a block.
    assertThat(driver.findElement(By.id("warnings")).getText())
        .contains("7 dagar mellan träff 1 och träff 2");
    assertThat(driver.findElement(By.id("route")).getText())
        .contains("Södra hamnen")
        .contains("Kungstorget");
    Axe.assertAccessible(driver);
    String staffPath =
        driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/personal/"));
    UUID walkId = UUID.fromString(staffPath.substring(staffPath.lastIndexOf('/') + 1));
    type(driver, "email-" + technical.id(), technicalMail);
    navigate(driver, By.cssSelector("form[action$='/inbjudna/" + technical.id() + "'] button"));
    assertThat(mainText(driver)).contains("Adressen är sparad.");
    signOut(driver);

    // ---- a resident registers with JavaScript on --------------------------------------------
    Browsers.phone(driver);
    open(driver, "/trygghetsvandringar?lang=sv");
    Axe.assertAccessible(driver);
    follow(driver, title);
    assertThat(mainText(driver)).contains("Så går en trygghetsvandring till").contains("2 av 2");
    driver.findElement(By.cssSelector("#easy-read summary")).click();
    assertThat(driver.findElement(By.id("easy-read")).getText())
        .contains("Vi går en promenad tillsammans.");
    Axe.assertAccessible(driver);
    type(driver, "name", "Kim");
    driver.findElement(By.cssSelector("label[for='group-SCHOOL']")).click();
    type(driver, "accessibility", "Rullstol");
    submit(driver, "Anmäl mig");
    assertThat(heading(driver)).isEqualTo("Du är anmäld");
    assertThat(driver.findElement(By.id("cancel-link")).getAttribute("href"))
        .contains("/trygghetsvandringar/avboka/");
    Axe.assertAccessible(driver);

    // ---- another resident registers without JavaScript; then the walk is full ---------------
    WebDriver noJs = Browsers.javaScriptOff();
    Browsers.phone(noJs);
    open(noJs, "/trygghetsvandringar?lang=sv");
    Axe.assertAccessible(noJs);
    open(noJs, "/trygghetsvandringar/" + walkId + "?lang=sv");
    assertThat(noJs.findElement(By.id("places-left")).getText()).contains("1 av 2");
    Axe.assertAccessible(noJs);
    noJs.findElement(By.cssSelector("label[for='group-SENIOR_HOUSING']")).click();
    submit(noJs, "Anmäl mig");
    assertThat(heading(noJs)).isEqualTo("Du är anmäld");
    Axe.assertAccessible(noJs);
    follow(noJs, "Avboka min plats");
    assertThat(heading(noJs)).isEqualTo("Avboka din plats");
    Axe.assertAccessible(noJs);
    open(noJs, "/trygghetsvandringar/" + walkId + "?lang=sv");
    assertThat(noJs.findElement(By.id("register-full")).getText()).contains("fullbokad");
    assertThat(noJs.findElements(By.cssSelector("form[action$='/anmalan']"))).isEmpty();
    Axe.assertAccessible(noJs);
    open(noJs, "/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
    assertThat(noJs.findElement(By.id("not-published")).isDisplayed()).isTrue();
    Axe.assertAccessible(noJs);

    // ---- the protocol on the phone -----------------------------------------------------------
    signIn(driver, coordinator.email());
    Browsers.phone(driver);
    open(driver, "/personal/trygghetsvandringar/" + walkId + "?lang=sv");
    assertThat(driver.findElement(By.id("registrations")).getText())
        .contains("Kim")
        .contains("Rullstol");
    Axe.assertAccessible(driver);
    follow(driver, "Skriv protokollet (mobil)");
    assertThat(heading(driver)).isEqualTo("Skriv protokollet");
    Axe.assertAccessible(driver);
    // Without a map: the gazetteer search fills the position.
    type(driver, "q", "Södra hamnen");
    submit(driver, "Sök");
    follow(driver, "Södra hamnen");
    assertThat(driver.findElement(By.id("latitude")).getAttribute("value")).startsWith("58.27");
    choose(driver, "categoryId", "Belysning");
    driver.findElement(By.cssSelector("label[for='safety-unsafe']")).click();
    type(driver, "proposedAction", "Tänd belysningen längs kajen hela natten.");
    choose(driver, "ownerId", technical.name());
    driver.findElement(By.cssSelector("label[for='priority-HIGH']")).click();
    date(driver, "deadline", "2027-03-01");
    submit(driver, "Spara punkten");
    // A deadline before the walk: an error, with the input kept.
    assertThat(mainText(driver)).contains("Datumet kan inte vara före vandringens dag.");
    assertThat(driver.findElement(By.id("proposedAction")).getAttribute("value"))
        .isEqualTo("Tänd belysningen längs kajen hela natten.");
    Axe.assertAccessible(driver);
    date(driver, "deadline", "2027-05-01");
    submit(driver, "Spara punkten");
    assertThat(mainText(driver)).contains("Punkten är sparad.");
    Walk walk = walks.find(municipality, walkId).orElseThrow();
    assertThat(walks.points(walk)).hasSize(1);

    // With JavaScript, a tap on the map sets the position.
    WebElement map = driver.findElement(By.id("walk-map"));
    await(driver, By.cssSelector("#walk-map.leaflet-container"));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
    new Actions(driver).moveToElement(map, 20, 10).click().perform();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> !d.findElement(By.id("latitude")).getAttribute("value").isEmpty());
    assertThat(Double.parseDouble(driver.findElement(By.id("latitude")).getAttribute("value")))
        .isBetween(58.0, 58.6);
    Axe.assertAccessible(driver);

    // The connection is lost: the point waits in the phone's queue, not on the server.
    network(driver, true);
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !online(d));
      type(driver, "latitude", "58.27465");
      type(driver, "longitude", "11.43530");
      choose(driver, "categoryId", "Vegetation och sikt");
      driver.findElement(By.cssSelector("label[for='safety-unsafe']")).click();
      type(driver, "proposedAction", "Beskär buskarna vid torget.");
      choose(driver, "ownerId", technical.name());
      driver.findElement(By.cssSelector("label[for='priority-MEDIUM']")).click();
      date(driver, "deadline", "2027-04-15");
      String firstClientId = driver.findElement(By.id("clientId")).getAttribute("value");
      driver.findElement(By.id("save-point")).click();
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> queueText(d).contains("1 punkt väntar på anslutning"));
      // Still the same page, the form is ready for the next point with a new id.
      assertThat(driver.findElement(By.id("clientId")).getAttribute("value"))
          .isNotEqualTo(firstClientId);
      assertThat(driver.findElement(By.id("proposedAction")).getAttribute("value")).isEmpty();
      Axe.assertAccessible(driver);
      assertThat(walks.points(walk)).hasSize(1);
    } finally {
      network(driver, false);
    }
    // Back online: the queue is sent by itself, and the point is stored exactly once.
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> queueText(d).contains("punkten har skickats"));
    List<WalkPoint> points = walks.points(walk);
    assertThat(points).hasSize(2);
    assertThat(points)
        .filteredOn(p -> p.proposedAction().equals("Beskär buskarna vid torget."))
        .hasSize(1);
    // Going offline and online again sends nothing twice.
    network(driver, true);
    network(driver, false);
    open(driver, "/personal/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
    assertThat(driver.findElement(By.id("recorded-points")).getText())
        .contains("Vegetation och sikt");
    assertThat(walks.points(walk)).hasSize(2);

    // The phone believes it is online but the server cannot be reached: the point is queued too.
    assertThat(online(driver)).isTrue();
    blockPointPosts(driver, true);
    try {
      type(driver, "latitude", "58.27470");
      type(driver, "longitude", "11.43540");
      choose(driver, "categoryId", "Belysning");
      driver.findElement(By.cssSelector("label[for='safety-unsafe']")).click();
      type(driver, "proposedAction", "Byt den trasiga lampan vid trappan.");
      choose(driver, "ownerId", technical.name());
      driver.findElement(By.cssSelector("label[for='priority-LOW']")).click();
      date(driver, "deadline", "2027-04-20");
      driver.findElement(By.id("save-point")).click();
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> queueText(d).contains("1 punkt väntar på anslutning"));
      assertThat(online(driver)).isTrue();
      assertThat(driver.findElement(By.id("proposedAction")).getAttribute("value")).isEmpty();
      assertThat(walks.points(walk)).hasSize(2);
    } finally {
      blockPointPosts(driver, false);
    }
    // The server is back: the queue is sent (here on the next page load), exactly once.
    open(driver, "/personal/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> queueText(d).contains("punkten har skickats"));
    assertThat(walks.points(walk))
        .hasSize(3)
        .filteredOn(p -> p.proposedAction().equals("Byt den trasiga lampan vid trappan."))
        .hasSize(1);
    // Another 'online' event and page load send nothing twice.
    ((JavascriptExecutor) driver).executeScript("window.dispatchEvent(new Event('online'))");
    open(driver, "/personal/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
    assertThat(driver.findElements(By.cssSelector("#recorded-points li"))).hasSize(3);
    assertThat(walks.points(walk)).hasSize(3);

    // A point with a photo while the server cannot be reached: the photo is kept with it in the
    // phone (IndexedDB) and sent with it, once.
    Path png = smallPng();
    blockPointPosts(driver, true);
    try {
      type(driver, "latitude", "58.27480");
      type(driver, "longitude", "11.43550");
      choose(driver, "categoryId", "Belysning");
      driver.findElement(By.cssSelector("label[for='safety-unsafe']")).click();
      type(driver, "proposedAction", "Rensa klottret på muren.");
      choose(driver, "ownerId", technical.name());
      driver.findElement(By.cssSelector("label[for='priority-LOW']")).click();
      date(driver, "deadline", "2027-04-22");
      driver.findElement(By.id("photo")).sendKeys(png.toAbsolutePath().toString());
      driver.findElement(By.id("save-point")).click();
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> queueText(d).contains("1 punkt väntar på anslutning"));
      assertThat(queueText(driver)).contains("Fotot sparas i telefonen tillsammans med punkten");
      assertThat(driver.findElement(By.id("photo")).getAttribute("value")).isEmpty();
      Axe.assertAccessible(driver);
      assertThat(walks.points(walk)).hasSize(3);
    } finally {
      blockPointPosts(driver, false);
    }
    open(driver, "/personal/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> queueText(d).contains("punkten har skickats"));
    ((JavascriptExecutor) driver).executeScript("window.dispatchEvent(new Event('online'))");
    open(driver, "/personal/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
    List<WalkPoint> withPhoto =
        walks.points(walk).stream()
            .filter(p -> p.proposedAction().equals("Rensa klottret på muren."))
            .toList();
    assertThat(withPhoto).hasSize(1);
    assertThat(withPhoto.get(0).hasPhoto()).isTrue();
    assertThat(walks.photo(walk, withPhoto.get(0).id())).isPresent();
    assertThat(walks.points(walk)).hasSize(4);

    // A queued point the server rejects: "Rätta" loads it back into the form with its id, and the
    // corrected point is stored once.
    network(driver, true);
    String rejectedClientId;
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !online(d));
      type(driver, "latitude", "58.27490");
      type(driver, "longitude", "11.43560");
      choose(driver, "categoryId", "Belysning");
      driver.findElement(By.cssSelector("label[for='safety-unsafe']")).click();
      type(driver, "proposedAction", "Sätt upp en lampa vid busshållplatsen.");
      choose(driver, "ownerId", technical.name());
      driver.findElement(By.cssSelector("label[for='priority-HIGH']")).click();
      date(driver, "deadline", "2027-03-01");
      rejectedClientId = driver.findElement(By.id("clientId")).getAttribute("value");
      driver.findElement(By.id("save-point")).click();
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> queueText(d).contains("1 punkt väntar på anslutning"));
    } finally {
      network(driver, false);
    }
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                d.findElement(By.id("walk-queue-failed"))
                    .getText()
                    .contains("Datumet kan inte vara före vandringens dag."));
    assertThat(walks.points(walk)).hasSize(4);
    Axe.assertAccessible(driver);
    driver.findElement(By.xpath("//button[normalize-space()='Rätta punkten']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                d.findElement(By.id("proposedAction"))
                    .getAttribute("value")
                    .equals("Sätt upp en lampa vid busshållplatsen."));
    assertThat(driver.findElement(By.id("clientId")).getAttribute("value"))
        .isEqualTo(rejectedClientId);
    assertThat(driver.findElement(By.id("latitude")).getAttribute("value")).isEqualTo("58.27490");
    assertThat(driver.findElement(By.id("priority-HIGH")).isSelected()).isTrue();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#walk-queue-failed li")).isEmpty());
    date(driver, "deadline", "2027-05-10");
    submit(driver, "Spara punkten");
    assertThat(mainText(driver)).contains("Punkten är sparad.");
    assertThat(walks.points(walk))
        .hasSize(5)
        .filteredOn(p -> p.clientId().toString().equals(rejectedClientId))
        .hasSize(1);
    open(driver, "/personal/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
    assertThat(driver.findElements(By.cssSelector("#walk-queue-failed li"))).isEmpty();
    assertThat(walks.points(walk)).hasSize(5);

    // A point an older version of the page left in localStorage (no photo) is still sent, once.
    type(driver, "latitude", "58.27500");
    type(driver, "longitude", "11.43570");
    choose(driver, "categoryId", "Belysning");
    driver.findElement(By.cssSelector("label[for='safety-unsafe']")).click();
    type(driver, "proposedAction", "Laga räcket vid bryggan.");
    choose(driver, "ownerId", technical.name());
    driver.findElement(By.cssSelector("label[for='priority-LOW']")).click();
    date(driver, "deadline", "2027-04-25");
    ((JavascriptExecutor) driver)
        .executeScript(
            """
            var form = document.getElementById('walk-point-form');
            var fields = {};
            new FormData(form).forEach(function (value, name) {
              if (name !== form.getAttribute('data-csrf') && typeof value === 'string') {
                fields[name] = value;
              }
            });
            localStorage.setItem('walk-protocol-queue-' + arguments[0],
                JSON.stringify([{ fields: fields }]));
            """,
            walkId.toString());
    open(driver, "/personal/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> queueText(d).contains("punkten har skickats"));
    assertThat(
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return localStorage.getItem('walk-protocol-queue-' + arguments[0])",
                    walkId.toString()))
        .isNull();
    open(driver, "/personal/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
    assertThat(walks.points(walk))
        .hasSize(6)
        .filteredOn(p -> p.proposedAction().equals("Laga räcket vid bryggan."))
        .hasSize(1);

    // Without IndexedDB the point is queued without its photo, and the page says so.
    ChromeDriver chrome = (ChromeDriver) driver;
    Object script =
        chrome
            .executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                    "source",
                    "Object.defineProperty(window, 'indexedDB',"
                        + " { value: undefined, configurable: true });"))
            .get("identifier");
    try {
      open(driver, "/personal/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
      blockPointPosts(driver, true);
      type(driver, "latitude", "58.27510");
      type(driver, "longitude", "11.43580");
      choose(driver, "categoryId", "Belysning");
      driver.findElement(By.cssSelector("label[for='safety-unsafe']")).click();
      type(driver, "proposedAction", "Flytta papperskorgen från gången.");
      choose(driver, "ownerId", technical.name());
      driver.findElement(By.cssSelector("label[for='priority-LOW']")).click();
      date(driver, "deadline", "2027-04-26");
      driver.findElement(By.id("photo")).sendKeys(png.toAbsolutePath().toString());
      driver.findElement(By.id("save-point")).click();
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> queueText(d).contains("1 punkt väntar på anslutning"));
      assertThat(queueText(driver)).contains("punkten sparas utan fotot");
    } finally {
      blockPointPosts(driver, false);
      chrome.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
    }
    open(driver, "/personal/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> queueText(d).contains("punkten har skickats"));
    List<WalkPoint> withoutPhoto =
        walks.points(walk).stream()
            .filter(p -> p.proposedAction().equals("Flytta papperskorgen från gången."))
            .toList();
    assertThat(withoutPhoto).hasSize(1);
    assertThat(withoutPhoto.get(0).hasPhoto()).isFalse();
    assertThat(walks.points(walk)).hasSize(7);

    // ---- send and publish; a status change shows publicly -------------------------------------
    open(driver, "/personal/trygghetsvandringar/" + walkId + "?lang=sv");
    submit(driver, "Skicka protokollet");
    assertThat(mainText(driver)).contains("Protokollet är skickat och publicerat.");
    assertThat(driver.findElement(By.id("mails")).getText()).contains(technicalMail);
    Axe.assertAccessible(driver);
    TestMailServer.Mail mail = TestMailServer.awaitMail(technicalMail, title);
    assertThat(mail.body())
        .contains("Tänd belysningen längs kajen hela natten.")
        .contains("Beskär buskarna vid torget.");
    WalkPoint lighting =
        points.stream()
            .filter(p -> p.proposedAction().startsWith("Tänd"))
            .findFirst()
            .orElseThrow();
    choose(driver, "status-" + lighting.id(), "Pågår");
    type(driver, "reason-" + lighting.id(), "Nya armaturer är beställda.");
    navigate(
        driver, By.cssSelector("form[action$='/punkter/" + lighting.id() + "/status'] button"));
    assertThat(mainText(driver)).contains("Statusen är ändrad.");
    Axe.assertAccessible(driver);
    signOut(driver);

    open(driver, "/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
    String published = driver.findElement(By.id("protocol")).getText();
    assertThat(published)
        .contains("Pågår")
        .contains("Nya armaturer är beställda.")
        .contains("Planerad")
        .contains(technical.name())
        .doesNotContain("58.27465");
    Axe.assertAccessible(driver);
    open(noJs, "/trygghetsvandringar/" + walkId + "/protokoll?lang=sv");
    assertThat(noJs.findElement(By.id("protocol")).getText()).contains("Pågår");
    Axe.assertAccessible(noJs);

    // ---- a follow-up walk shows what has happened since -------------------------------------
    signIn(driver, coordinator.email());
    Browsers.phone(driver);
    open(driver, "/personal/trygghetsvandringar/" + walkId + "?lang=sv");
    follow(driver, "Planera uppföljningsvandring");
    assertThat(driver.findElement(By.id("follow-up-of")).getText()).contains(title);
    Axe.assertAccessible(driver);
    date(driver, "meeting1Date", "2027-09-01");
    date(driver, "meeting2Date", "2027-09-15");
    date(driver, "meeting3Date", "2027-10-01");
    submit(driver, "Spara vandringen");
    assertThat(heading(driver)).isEqualTo("Uppföljning: " + title);
    assertThat(driver.findElement(By.id("since-last")).getText()).contains("Pågår");
    Axe.assertAccessible(driver);
    String followUpPath =
        driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/personal/"));
    String followUpId = followUpPath.substring(followUpPath.lastIndexOf('/') + 1);
    signOut(driver);
    open(noJs, "/trygghetsvandringar/" + followUpId + "?lang=sv");
    assertThat(noJs.findElement(By.id("since-counts")).getText())
        .contains("Pågår: 1")
        // The point queued while the server could not be reached is one of them.
        .contains("Planerad: 6");
    Axe.assertAccessible(noJs);
  }
}
