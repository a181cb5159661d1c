package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Residents report places without logging in — on a phone by clicking the map, and without
 * JavaScript through the gazetteer search — a moderator approves with a redacted text, and the
 * resident follows the report through the private link.
 */
class PlaceReportJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired PlaceReports reports;
  @Autowired ModerationQueue queue;

  MunicipalityId municipality;
  StaffMember moderator;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    moderator = StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR);
  }

  /** People take more than the minimum fill time; the test waits it out before sending. */
  static void waitOutMinimumFillTime(Instant shown) {
    long left = Duration.ofMillis(3300).minus(Duration.between(shown, Instant.now())).toMillis();
    if (left > 0) {
      try {
        Thread.sleep(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  String privatePath(WebDriver driver) {
    String href = driver.findElement(By.id("private-link")).getAttribute("href");
    return href.substring(href.indexOf("/rapport/"));
  }

  @Test
  void residentReportsOnAPhoneByClickingTheMapAndAModeratorPublishesARedactedText() {
    WebDriver driver = Browsers.javaScriptOn();
    signOut(driver);
    Browsers.phone(driver);
    open(driver, "/rapportera?lang=sv");
    Instant shown = Instant.now();
    assertThat(heading(driver)).isEqualTo("Rapportera en plats");
    WebElement map = driver.findElement(By.id("place-map"));
    await(driver, By.cssSelector("#place-map.leaflet-container"));
    assertThat(map.isDisplayed()).isTrue();
    // No tiles in tests: the localities' names give orientation on the bare map.
    await(driver, By.cssSelector("#place-map .td-map-label"));
    assertThat(map.getText()).contains("Lysekil");
    Axe.assertAccessible(driver);

    // The gazetteer search answers in place (htmx) and a choice fills the coordinates.
    type(driver, "q", "Kungsg");
    click(driver, By.xpath("//button[normalize-space()='Sök']"));
    await(driver, By.cssSelector("#gazetteer-results a[data-gazetteer-choice]"));
    click(driver, By.partialLinkText("Kungsgatan"));
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> "58.274800".equals(d.findElement(By.id("latitude")).getAttribute("value")));
    assertThat(driver.getCurrentUrl()).doesNotContain("/sok");
    Axe.assertAccessible(driver);

    // A click a little off the centre of the map (now centred on Kungsgatan) picks a new point.
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
    new Actions(driver).moveToElement(map, 25, 15).click().perform();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> !"58.274800".equals(d.findElement(By.id("latitude")).getAttribute("value")));
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> !d.findElement(By.id("latitude")).getAttribute("value").isEmpty());
    assertThat(driver.findElement(By.id("place-map-status")).getText()).startsWith("Vald plats:");
    assertThat(Double.parseDouble(driver.findElement(By.id("latitude")).getAttribute("value")))
        .isBetween(58.15, 58.45);
    choose(driver, "categoryId", "Belysning");
    click(driver, By.id("timeOfDay-EVENING"));
    type(
        driver,
        "description",
        "Det är helt mörkt vid trappan. Ring mig på 070-123 45 67 om ni vill veta mer.");
    waitOutMinimumFillTime(shown);
    submit(driver, "Skicka rapporten");
    // The text seems to hold personal data: the resident is told so, without what was found.
    assertThat(driver.findElement(By.id("error-summary")).getText())
        .contains("Texten verkar innehålla personuppgifter")
        .doesNotContain("telefonnummer");
    Axe.assertAccessible(driver);
    click(driver, By.id("sendAnyway"));
    submit(driver, "Skicka rapporten");
    assertThat(heading(driver)).as(mainText(driver)).isEqualTo("Tack, din rapport har kommit in");
    assertThat(mainText(driver)).contains("Belysning").contains("Mottagen – väntar på granskning");
    assertThat(driver.findElement(By.id("held-for-review")).getText())
        .contains("Din text verkar innehålla personuppgifter");
    Axe.assertAccessible(driver);
    String privatePath = privatePath(driver);
    // The whole address, to copy with the button or by hand.
    assertThat(driver.findElement(By.id("private-url")).getAttribute("value"))
        .startsWith("http")
        .endsWith(privatePath);
    assertThat(driver.findElement(By.id("copy-private-url")).isDisplayed()).isTrue();

    PlaceReport report =
        reports
            .byPrivateToken(municipality, privatePath.substring("/rapport/".length()))
            .orElseThrow();
    assertThat(report.flagged()).isTrue();
    ModerationItem item =
        queue.byContent(municipality, PlaceReport.CONTENT_TYPE, report.id().value()).orElseThrow();

    // A moderator reads the text masked, unmasks it with a reason and publishes a redacted text.
    Browsers.desktop(driver);
    signIn(driver, moderator.email());
    open(driver, "/personal/moderering");
    assertThat(heading(driver)).isEqualTo("Granskningskö");
    Axe.assertAccessible(driver);
    open(driver, "/personal/moderering/" + item.id());
    assertThat(driver.findElement(By.id("shown-text")).getText())
        .contains("[telefonnummer]")
        .doesNotContain("070-123 45 67");
    Axe.assertAccessible(driver);
    follow(driver, "Visa rapporten med plats och eventuellt foto");
    assertThat(heading(driver)).isEqualTo("Platsrapport");
    assertThat(mainText(driver)).contains("Belysning").doesNotContain("070-123 45 67");
    Axe.assertAccessible(driver);
    open(driver, "/personal/moderering/" + item.id());
    type(driver, "unmaskReason", "Kontrollerar vad som är dolt innan publicering.");
    submit(driver, "Visa dolda uppgifter");
    assertThat(driver.findElement(By.id("shown-text")).getText()).contains("070-123 45 67");
    Axe.assertAccessible(driver);
    type(driver, "publicText", "Det är helt mörkt vid trappan.");
    submit(driver, "Godkänn och publicera");
    assertThat(mainText(driver)).contains("Innehållet är godkänt och publiceras.");
    Axe.assertAccessible(driver);
    signOut(driver);

    // The resident follows the report through the private link, without an account.
    Browsers.phone(driver);
    open(driver, privatePath);
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d -> {
              d.navigate().refresh();
              return d.findElement(By.id("report-state")).getText().contains("publicerad");
            });
    assertThat(driver.findElement(By.id("public-text")).getText())
        .isEqualTo("Det är helt mörkt vid trappan.");
    assertThat(mainText(driver)).doesNotContain("070-123 45 67");
    Axe.assertAccessible(driver);
  }

  @Test
  void residentWithoutJavaScriptFindsThePlaceInTheGazetteerAndGetsAReceiptByMail() {
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.phone(driver);
    open(driver, "/rapportera?lang=sv");
    Instant opened = Instant.now();
    assertThat(driver.findElement(By.id("place-map")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.cssSelector("[data-geolocate-wrapper]")).isDisplayed())
        .isFalse();
    Axe.assertAccessible(driver);
    waitOutMinimumFillTime(opened);

    // Sending without a place names the missing place in the error summary.
    submit(driver, "Skicka rapporten");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Välj platsen på kartan, sök efter den eller skriv latitud och longitud.");
    Axe.assertAccessible(driver);

    type(driver, "q", "Havets");
    submit(driver, "Sök");
    assertThat(driver.getCurrentUrl()).contains("/rapportera/sok?q=Havets");
    Axe.assertAccessible(driver);
    navigate(driver, By.partialLinkText("Havets hus"));
    Instant shown = Instant.now();
    assertThat(driver.findElement(By.id("chosen-place")).getText()).contains("Havets hus");
    assertThat(driver.findElement(By.id("latitude")).getAttribute("value")).startsWith("58.2");
    Axe.assertAccessible(driver);

    choose(driver, "categoryId", "Klotter");
    click(driver, By.id("timeOfDay-DAY"));
    type(driver, "description", "Klotter på väggen vid entrén. <b>Ser</b> stökigt ut.");
    String email = StaffMother.uniqueEmail("invanare");
    type(driver, "email", email);
    click(driver, By.id("emailConsent"));
    waitOutMinimumFillTime(shown);
    submit(driver, "Skicka rapporten");
    assertThat(heading(driver)).isEqualTo("Tack, din rapport har kommit in");
    assertThat(mainText(driver)).contains("Klotter").contains("kvitto");
    Axe.assertAccessible(driver);
    String privatePath = privatePath(driver);

    TestMailServer.Mail mail = TestMailServer.awaitMail(email, "Kvitto");
    assertThat(mail.body()).contains(privatePath);

    open(driver, privatePath);
    assertThat(heading(driver)).isEqualTo("Din rapport");
    assertThat(driver.findElement(By.id("report-state")).getText())
        .isEqualTo("Mottagen – väntar på granskning");
    Axe.assertAccessible(driver);
  }
}
