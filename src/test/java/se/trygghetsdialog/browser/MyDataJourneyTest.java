package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.feedback.FollowerMailbox;
import se.trygghetsdialog.records.rights.RightsSeed;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A resident asks for their data by e-mail address, opens the mailed link, downloads the export and
 * deletes everything; the privacy notice is linked on the way. Every page passes axe-core, with
 * JavaScript off and on.
 */
class MyDataJourneyTest extends BrowserTestBase {

  static final Pattern LINK = Pattern.compile("(/mina-uppgifter/visa/[A-Za-z0-9_-]+)");

  @Autowired Municipalities municipalities;
  @Autowired JdbcClient jdbc;

  MunicipalityId municipality;

  @BeforeEach
  void setUp() {
    municipality = municipalities.resolve("localhost").id();
  }

  @Test
  void aResidentExportsAndDeletesTheirDataWithoutJavaScript() throws Exception {
    journey(Browsers.javaScriptOff());
  }

  @Test
  void aResidentExportsAndDeletesTheirDataWithJavaScript() throws Exception {
    journey(Browsers.javaScriptOn());
  }

  private void journey(WebDriver driver) throws Exception {
    Browsers.phone(driver);
    String email = "mina-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    String marker = "Hemligsson" + UUID.randomUUID().toString().substring(0, 6);
    RightsSeed.placeReport(jdbc, municipality, email, "Jag heter " + marker);
    RightsSeed.follower(jdbc, municipality, email);

    open(driver, "/mina-uppgifter?lang=sv");
    assertThat(heading(driver)).isEqualTo("Mina uppgifter");
    Axe.assertAccessible(driver);
    follow(driver, "Så behandlar vi dina personuppgifter");
    assertThat(heading(driver)).isEqualTo("Personuppgifter");
    Axe.assertAccessible(driver);

    open(driver, "/mina-uppgifter");
    submit(driver, "Skicka länken");
    assertThat(driver.findElements(By.cssSelector(".govuk-error-summary"))).hasSize(1);
    assertThat(mainText(driver)).contains("Skriv din e-postadress.");
    Axe.assertAccessible(driver);

    type(driver, "email", email);
    submit(driver, "Skicka länken");
    assertThat(heading(driver)).isEqualTo("Kolla din e-post");
    assertThat(mainText(driver)).doesNotContain(email);
    Axe.assertAccessible(driver);

    String link = FollowerMailbox.linkPath(LINK, FollowerMailbox.await(email, "Dina uppgifter"));
    open(driver, link);
    assertThat(heading(driver)).isEqualTo("Det här har vi sparat om dig");
    assertThat(mainText(driver))
        .contains("En platsrapport som du skickade med din e-postadress")
        .contains("En dialog som du följer");
    Axe.assertAccessible(driver);

    String export = driver.findElement(By.id("export")).getAttribute("href");
    HttpResponse<String> json =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(export)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    assertThat(json.body()).contains(email).contains(marker);

    follow(driver, "Radera mina uppgifter");
    assertThat(heading(driver)).isEqualTo("Vill du radera dina uppgifter?");
    Axe.assertAccessible(driver);
    submit(driver, "Ja, radera mina uppgifter");
    assertThat(heading(driver)).isEqualTo("Dina uppgifter är raderade");
    Axe.assertAccessible(driver);
    assertThat(RightsSeed.remaining(jdbc, email)).isZero();

    open(driver, link);
    assertThat(mainText(driver)).contains("Vi har ingenting sparat med den här e-postadressen.");
    Axe.assertAccessible(driver);
  }
}
