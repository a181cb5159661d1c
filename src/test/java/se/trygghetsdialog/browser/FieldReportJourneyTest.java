package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.FieldReport;
import se.trygghetsdialog.field.FieldReports;
import se.trygghetsdialog.field.Rumour;
import se.trygghetsdialog.field.RumourLog;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A rapportör files field reports on a phone: two events with JavaScript (one placed on the map), a
 * report that waits on the phone while the connection is lost and is filed once when it returns,
 * and a report without JavaScript; the coordinator keeps the rumour log and residents read the
 * published clarifications.
 */
class FieldReportJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired FieldReports reports;
  @Autowired RumourLog rumourLog;

  MunicipalityId municipality;
  StaffMember reporter;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    reporter = StaffMother.staff(municipalities, accounts, "Fia Faltare", Role.FIELD_REPORTER);
  }

  static String yesterday() {
    return LocalDate.now(FieldPolicy.ZONE).minusDays(1).toString();
  }

  /** Sets a field's value as a person would (date and time inputs included), firing input. */
  static void set(WebDriver driver, String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "var el = document.getElementById(arguments[0]); el.value = arguments[1];"
                + "el.dispatchEvent(new Event('input', {bubbles: true}));",
            id,
            value);
  }

  /** The same without JavaScript on the page: scripts are on only while the value is set. */
  static void setWithoutPageScripts(WebDriver driver, String id, String value) {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    try {
      ((JavascriptExecutor) driver)
          .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    } finally {
      chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    }
  }

  void fillEvent(WebDriver driver, int i, String category, String text, boolean scripts) {
    String p = "e" + i + "-";
    choose(driver, p + "categoryId", category);
    if (scripts) {
      set(driver, p + "startDate", yesterday());
      set(driver, p + "startTime", "21:00");
      set(driver, p + "endDate", yesterday());
      set(driver, p + "endTime", "21:40");
    } else {
      setWithoutPageScripts(driver, p + "startDate", yesterday());
      setWithoutPageScripts(driver, p + "startTime", "21:00");
      setWithoutPageScripts(driver, p + "endDate", yesterday());
      setWithoutPageScripts(driver, p + "endTime", "21:40");
    }
    type(driver, p + "people", String.valueOf(3 + i));
    click(driver, By.id(p + "police-no"));
    type(driver, p + "whatHappened", text);
    type(driver, p + "actionTaken", "Pratade med gruppen.");
  }

  int filedBy(StaffMember member) {
    return reports.count(municipality, new FieldReports.Filter(member.id(), null, null));
  }

  Object draft(WebDriver driver, StaffMember member) {
    return ((JavascriptExecutor) driver)
        .executeScript(
            "return window.localStorage.getItem(arguments[0]);",
            "td-field-report-draft:" + member.id());
  }

  /**
   * Watches what the pages of this browser send, from the next page load on: every fetch (method,
   * address, status, final address) and every form the script hands to the browser for a native
   * post, kept in the tab's sessionStorage so that it survives the move to the receipt. Returns the
   * DevTools identifier that {@link #stopWatching} needs.
   */
  static String watchRequests(WebDriver driver) {
    Map<String, Object> added =
        ((ChromeDriver) driver)
            .executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                    "source",
                    "(function () {"
                        + "  function log(entry) {"
                        + "    var all = JSON.parse(sessionStorage.getItem('td-test-requests') || '[]');"
                        + "    all.push(entry);"
                        + "    sessionStorage.setItem('td-test-requests', JSON.stringify(all));"
                        + "  }"
                        + "  var original = window.fetch;"
                        + "  window.fetch = function (input, init) {"
                        + "    var url = new URL(String(input), location.href).pathname;"
                        + "    var method = (init && init.method) || 'GET';"
                        + "    return original.apply(this, arguments).then(function (response) {"
                        + "      log({kind: 'fetch', method: method, url: url, status: response.status,"
                        + "           finalUrl: new URL(response.url).pathname});"
                        + "      return response;"
                        + "    }, function (error) {"
                        + "      log({kind: 'fetch', method: method, url: url, status: 0});"
                        + "      throw error;"
                        + "    });"
                        + "  };"
                        + "  var submit = HTMLFormElement.prototype.submit;"
                        + "  HTMLFormElement.prototype.submit = function () {"
                        + "    log({kind: 'native', url: this.getAttribute('action')});"
                        + "    return submit.apply(this, arguments);"
                        + "  };"
                        + "})();"));
    return String.valueOf(added.get("identifier"));
  }

  static void stopWatching(WebDriver driver, String identifier) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
    ((JavascriptExecutor) driver).executeScript("sessionStorage.removeItem('td-test-requests');");
  }

  @SuppressWarnings("unchecked")
  static java.util.List<Map<String, Object>> requests(WebDriver driver) {
    return (java.util.List<Map<String, Object>>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return JSON.parse(sessionStorage.getItem('td-test-requests') || '[]');");
  }

  /**
   * The report went by the script (ADR 0008): one fetch posted the form to its own address and was
   * redirected to the receipt, and the script never fell back to a native post.
   */
  static void assertFiledByScript(WebDriver driver) {
    var sent = requests(driver);
    assertThat(sent).noneMatch(r -> "native".equals(r.get("kind")));
    var posts = sent.stream().filter(r -> "POST".equals(r.get("method"))).toList();
    assertThat(posts).isNotEmpty();
    assertThat(posts)
        .allSatisfy(r -> assertThat(r.get("url")).isEqualTo("/personal/faltrapporter/ny"));
    Map<String, Object> last = posts.get(posts.size() - 1);
    assertThat(((Number) last.get("status")).intValue()).isBetween(200, 399);
    assertThat(String.valueOf(last.get("finalUrl"))).endsWith("/kvitto");
  }

  @Test
  void aRapportorFilesTwoEventsOnAPhoneAndFindsTheReportInMinaRapporter() {
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.phone(driver);
    signIn(driver, reporter.email());
    String watching = watchRequests(driver);
    try {
      filesTwoEventsAndFindsTheReport(driver);
    } finally {
      stopWatching(driver, watching);
    }
  }

  void filesTwoEventsAndFindsTheReport(WebDriver driver) {
    open(driver, "/personal?lang=sv");
    follow(driver, "Skriv en fältrapport");
    assertThat(heading(driver)).isEqualTo("Ny fältrapport");
    assertThat(driver.findElement(By.id("field-report-guidance")).getText())
        .contains("Räkna personer, skriv aldrig namn");
    await(driver, By.cssSelector(".td-field-event .leaflet-container"));
    Axe.assertAccessible(driver);

    click(driver, By.id("reporterKind-FALTARE"));
    WebElement map = driver.findElement(By.cssSelector("#field-events [data-field-map]"));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
    new Actions(driver).moveToElement(map, 10, 10).click().perform();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> !d.findElement(By.id("e0-latitude")).getAttribute("value").isEmpty());
    assertThat(Double.parseDouble(driver.findElement(By.id("e0-latitude")).getAttribute("value")))
        .isBetween(58.15, 58.45);
    fillEvent(driver, 0, "Otrygghetsskapande samling av personer", "Samling vid torget.", true);

    // A second event is added on the phone, without a round trip.
    WebElement page = driver.findElement(By.tagName("html"));
    click(driver, By.xpath("//button[normalize-space()='Lägg till händelse']"));
    await(driver, By.id("e1-categoryId"));
    assertThat(page.isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("e1-whatHappened")).getAttribute("value")).isEmpty();
    assertThat(driver.findElement(By.cssSelector("[data-event-index='1'] h2")).getText())
        .isEqualTo("Händelse 2");
    type(driver, "e1-latitude", "58,2725");
    type(driver, "e1-longitude", "11,4375");
    fillEvent(driver, 1, "Klotter", "Nytt klotter på muren vid hamnen.", true);
    Axe.assertAccessible(driver);

    submit(driver, "Skicka rapporten");
    assertThat(heading(driver)).isEqualTo("Rapporten är skickad");
    assertFiledByScript(driver);
    assertThat(mainText(driver)).contains("2 händelser");
    Axe.assertAccessible(driver);
    assertThat(draft(driver, reporter)).isNull();
    assertThat(filedBy(reporter)).isEqualTo(1);

    follow(driver, "Mina rapporter");
    assertThat(heading(driver)).isEqualTo("Mina rapporter");
    assertThat(driver.findElement(By.id("field-reports")).getText())
        .contains("2 händelser")
        .contains("Klotter")
        .contains("7 personer");
    Axe.assertAccessible(driver);
    navigate(driver, By.cssSelector("#field-reports a"));
    assertThat(heading(driver)).isEqualTo("Fältrapport");
    assertThat(mainText(driver))
        .contains("Samling vid torget.")
        .contains("Nytt klotter på muren vid hamnen.")
        .contains("Fältare");
    Axe.assertAccessible(driver);
    FieldReport report =
        reports
            .page(municipality, new FieldReports.Filter(reporter.id(), null, null), 10, 0)
            .get(0);
    assertThat(report.events()).hasSize(2);
    assertThat(report.events().get(1).location().latitude()).isEqualTo(58.2725);
  }

  void network(WebDriver driver, boolean offline) {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  @Test
  void aReportTypedWithoutConnectionWaitsOnThePhoneAndIsFiledOnceWhenItReturns() {
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.phone(driver);
    signIn(driver, reporter.email());
    String watching = watchRequests(driver);
    try {
      waitsOfflineAndIsFiledOnce(driver);
    } finally {
      stopWatching(driver, watching);
    }
  }

  void waitsOfflineAndIsFiledOnce(WebDriver driver) {
    open(driver, "/personal/faltrapporter/ny?lang=sv");
    click(driver, By.id("reporterKind-VAKTARE"));
    type(driver, "e0-latitude", "58.2770");
    type(driver, "e0-longitude", "11.4370");
    fillEvent(driver, 0, "Skadegörelse", "Trasig dörr vid bibliotekets entré.", true);
    String key = driver.findElement(By.name("submissionKey")).getAttribute("value");

    // A reload (the browser was closed, the battery ran out) restores what was typed.
    driver.navigate().refresh();
    await(driver, By.id("e0-whatHappened"));
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(
            d ->
                d.findElement(By.id("e0-whatHappened"))
                    .getAttribute("value")
                    .equals("Trasig dörr vid bibliotekets entré."));
    assertThat(driver.findElement(By.id("field-report-status")).getText())
        .isEqualTo("Ditt utkast är återställt från telefonen.");
    assertThat(driver.findElement(By.name("submissionKey")).getAttribute("value")).isEqualTo(key);
    assertThat(driver.findElement(By.id("reporterKind-VAKTARE")).isSelected()).isTrue();
    Axe.assertAccessible(driver);

    try {
      network(driver, true);
      click(driver, By.xpath("//button[normalize-space()='Skicka rapporten']"));
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(
              d ->
                  d.findElement(By.id("field-report-status")).getText().startsWith("Inte skickad"));
      assertThat(driver.findElement(By.id("field-report-status")).getText())
          .isEqualTo("Inte skickad – sparad på telefonen, skickas när du har anslutning.");
      assertThat(driver.getCurrentUrl()).endsWith("/personal/faltrapporter/ny?lang=sv");
      assertThat(draft(driver, reporter)).asString().contains(key);
      assertThat(filedBy(reporter)).isZero();
      Axe.assertAccessible(driver);
    } finally {
      network(driver, false);
    }
    // Back online: the waiting report is sent by itself, once.
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().endsWith("/kvitto"));
    await(driver, By.id("field-report-receipt"));
    assertThat(heading(driver)).isEqualTo("Rapporten är skickad");
    assertFiledByScript(driver);
    assertThat(draft(driver, reporter)).isNull();
    driver.navigate().refresh();
    await(driver, By.id("field-report-receipt"));
    assertThat(filedBy(reporter)).isEqualTo(1);
    assertThat(reports.bySubmissionKey(municipality, java.util.UUID.fromString(key))).isPresent();
    open(driver, "/personal/faltrapporter");
    assertThat(driver.findElement(By.id("field-report-count")).getText()).isEqualTo("En rapport");
  }

  @Test
  void aDraftSentAgainAfterItWasFiledGetsAReceiptSayingSoAndIsClearedFromThePhone() {
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.phone(driver);
    signIn(driver, reporter.email());
    open(driver, "/personal/faltrapporter/ny?lang=sv");
    click(driver, By.id("reporterKind-VAKTARE"));
    type(driver, "e0-latitude", "58.2770");
    type(driver, "e0-longitude", "11.4370");
    fillEvent(driver, 0, "Skadegörelse", "Sprucken ruta i busskuren.", true);
    String key = driver.findElement(By.name("submissionKey")).getAttribute("value");
    Object saved = draft(driver, reporter);
    assertThat(saved).asString().contains(key);
    submit(driver, "Skicka rapporten");
    assertThat(heading(driver)).isEqualTo("Rapporten är skickad");
    assertThat(mainText(driver)).doesNotContain("Rapporten var redan skickad");
    assertThat(draft(driver, reporter)).isNull();

    // The receipt never reached this phone (say the connection broke): the draft is still there;
    // it is edited and sent again with the same key.
    ((JavascriptExecutor) driver)
        .executeScript(
            "window.localStorage.setItem(arguments[0], arguments[1]);",
            "td-field-report-draft:" + reporter.id(),
            saved);
    open(driver, "/personal/faltrapporter/ny?lang=sv");
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(
            d ->
                d.findElement(By.id("e0-whatHappened"))
                    .getAttribute("value")
                    .equals("Sprucken ruta i busskuren."));
    assertThat(driver.findElement(By.name("submissionKey")).getAttribute("value")).isEqualTo(key);
    type(driver, "e0-whatHappened", "Sprucken ruta i busskuren, och klotter.");
    submit(driver, "Skicka rapporten");
    assertThat(heading(driver)).isEqualTo("Rapporten är skickad");
    assertThat(driver.findElement(By.id("field-report-already-filed")).getText())
        .contains("Rapporten var redan skickad – den här kopian sparades inte igen");
    Axe.assertAccessible(driver);
    assertThat(draft(driver, reporter)).isNull();
    assertThat(filedBy(reporter)).isEqualTo(1);
  }

  @Test
  void withoutJavaScriptARapportorAddsAnEventByReloadAndFilesTheReport() {
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.phone(driver);
    signIn(driver, reporter.email());
    open(driver, "/personal/faltrapporter/ny?lang=sv");
    assertThat(driver.findElement(By.cssSelector("[data-field-map]")).isDisplayed()).isFalse();
    Axe.assertAccessible(driver);

    // Filing without answers names what is missing and keeps the form.
    submit(driver, "Skicka rapporten");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Välj vilken sorts rapportör du är")
        .contains("Beskriv vad som hände");
    Axe.assertAccessible(driver);

    click(driver, By.id("reporterKind-BOVARD"));
    // A place from the gazetteer: search, then choose from the list.
    type(driver, "e0-placeQuery", "Havets");
    submit(driver, "Sök");
    choose(driver, "e0-gazetteerId", "Havets hus");
    fillEvent(driver, 0, "Nedskräpning", "Mycket skräp utanför entrén.", false);
    type(driver, "e0-people", "-2");
    submit(driver, "Skicka rapporten");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Antalet personer kan inte vara negativt");
    assertThat(driver.findElement(By.id("e0-whatHappened")).getAttribute("value"))
        .isEqualTo("Mycket skräp utanför entrén.");
    Axe.assertAccessible(driver);
    type(driver, "e0-people", "0");
    submit(driver, "Skicka rapporten");
    assertThat(heading(driver)).isEqualTo("Rapporten är skickad");
    Axe.assertAccessible(driver);
    follow(driver, "Visa rapporten");
    assertThat(mainText(driver)).contains("Havets hus").contains("Mycket skräp utanför entrén.");
    Axe.assertAccessible(driver);
    follow(driver, "Mina rapporter");
    Axe.assertAccessible(driver);
    assertThat(filedBy(reporter)).isEqualTo(1);
  }

  @Test
  void theCoordinatorPublishesAClarificationThatResidentsReadWithAndWithoutJavaScript() {
    StaffMember coordinator =
        StaffMother.staff(municipalities, accounts, "Sara Samordnare", Role.SAFETY_COORDINATOR);
    String unique = java.util.UUID.randomUUID().toString().substring(0, 6);
    String clarification = "Simhallen har öppet som vanligt, " + unique + ".";
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.phone(driver);
    signIn(driver, coordinator.email());
    open(driver, "/personal?lang=sv");
    follow(driver, "Rykteslogg");
    assertThat(heading(driver)).isEqualTo("Rykteslogg");
    Axe.assertAccessible(driver);
    follow(driver, "Registrera ett rykte");
    Axe.assertAccessible(driver);
    type(driver, "content", "Det sägs att simhallen stänger i december " + unique);
    click(driver, By.id("channel-INSTAGRAM"));
    set(driver, "seenDate", yesterday());
    type(driver, "clarification", clarification);
    submit(driver, "Spara");
    assertThat(driver.findElement(By.id("rumour-status")).getText()).contains("Noterat");
    Axe.assertAccessible(driver);

    // Someone else saves the rumour while this form is open: this save is refused, what was typed
    // stays and the rumour as it is now is shown.
    String url = driver.getCurrentUrl();
    java.util.UUID id = java.util.UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
    Rumour now = rumourLog.find(municipality, id).orElseThrow();
    rumourLog.edit(
        municipality,
        coordinator.id(),
        id,
        now.version(),
        new RumourLog.Input(
            now.content(),
            now.channel(),
            now.seenAt(),
            now.areaId(),
            now.clarification(),
            "Ett rykte om badet " + unique));
    type(driver, "publicSummary", "Min sammanfattning " + unique);
    submit(driver, "Spara");
    assertThat(driver.findElement(By.id("error-summary")).getText())
        .contains("Ryktet har ändrats av någon annan sedan du öppnade det");
    assertThat(driver.findElement(By.id("rumour-current")).getText())
        .contains("Ett rykte om badet " + unique);
    assertThat(driver.findElement(By.id("publicSummary")).getAttribute("value"))
        .isEqualTo("Min sammanfattning " + unique);
    Axe.assertAccessible(driver);
    submit(driver, "Publicera förtydligandet");
    assertThat(driver.findElement(By.id("rumour-status")).getText())
        .contains("Förtydligande publicerat");
    Axe.assertAccessible(driver);
    follow(driver, "Rykteslogg");
    Axe.assertAccessible(driver);
    // The log is paged, newest seen first, and other tests log rumours too: find this one's row.
    By row = By.xpath("//table[@id='rumours']//tr[.//a[contains(@href, '" + id + "')]]");
    while (driver.findElements(row).isEmpty()) {
      driver.findElement(By.cssSelector("a[rel='next']")).click();
    }
    assertThat(driver.findElement(row).getText()).contains("Förtydligande publicerat");
    signOut(driver);

    open(driver, "/trygghet/fortydliganden?lang=sv");
    assertThat(heading(driver)).isEqualTo("Förtydliganden");
    assertThat(mainText(driver)).contains(clarification).doesNotContain("simhallen stänger");
    Axe.assertAccessible(driver);

    WebDriver noScript = Browsers.javaScriptOff();
    Browsers.phone(noScript);
    signOut(noScript);
    open(noScript, "/trygghet/fortydliganden?lang=sv");
    assertThat(mainText(noScript)).contains(clarification);
    Axe.assertAccessible(noScript);
  }
}
