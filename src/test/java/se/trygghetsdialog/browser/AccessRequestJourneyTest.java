package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.place.PlaceMother;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A registrar handles a request for public access with JavaScript off, every page checked by
 * axe-core: registers the request, finds and attaches a place report, marks one sentence secret on
 * OSL 26:1, decides to release with redactions, and the redacted copy no longer holds the sentence.
 */
class AccessRequestJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired PlaceCategories categories;
  @Autowired ReportPlace reportPlace;

  @Test
  void aRegistrarTakesARequestFromRegistrationToDecisionWithARedactedCopy() throws Exception {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    String unique = PlaceMother.unique();
    reportPlace.report(
        municipality,
        PlaceMother.report(
            PlaceMother.category(categories, municipality, "LIGHTING"),
            "Gångtunneln vid "
                + unique
                + " är mörk. Min granne Hemlig"
                + unique
                + " blev rånad där. Lampan behöver lagas."));
    StaffMember registrar =
        StaffMother.staff(municipalities, accounts, "Rut Registrator", Role.REGISTRAR);

    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);
    signIn(driver, registrar.email());
    open(driver, "/personal/utlamnande?lang=sv");
    assertThat(heading(driver)).isEqualTo("Begäran om allmän handling");
    Axe.assertAccessible(driver);

    follow(driver, "Registrera en begäran");
    submit(driver, "Registrera begäran");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Skriv vad som begärs");
    Axe.assertAccessible(driver);
    type(driver, "subject", "Rapporter om gångtunneln " + unique);
    driver.findElement(By.cssSelector("label[for='channel-EMAIL']")).click();
    submit(driver, "Registrera begäran");
    assertThat(heading(driver)).startsWith("Begäran nr");
    assertThat(driver.findElement(By.id("request-summary")).getText()).contains("Anonym");
    Axe.assertAccessible(driver);

    type(driver, "text", unique);
    submit(driver, "Sök");
    assertThat(driver.findElement(By.id("hits")).getText()).contains("Gångtunneln vid " + unique);
    Axe.assertAccessible(driver);
    navigate(driver, By.cssSelector("#hits button"));
    String requestPage = driver.getCurrentUrl();
    navigate(driver, By.cssSelector("#documents a.govuk-link"));
    assertThat(heading(driver)).startsWith("Platsrapport");
    Axe.assertAccessible(driver);

    driver.findElement(By.cssSelector("label[for='passage-1']")).click();
    driver.findElements(By.cssSelector("#ground option")).stream()
        .filter(o -> o.getText().startsWith("OSL 26 kap. 1 §"))
        .findFirst()
        .orElseThrow()
        .click();
    submit(driver, "Maskera valda meningar");
    assertThat(driver.findElement(By.id("marks")).getText()).contains("OSL 26 kap. 1 §");
    Axe.assertAccessible(driver);

    driver.get(requestPage);
    driver.findElement(By.cssSelector("label[for='outcome-RELEASED_WITH_REDACTIONS']")).click();
    type(driver, "reasons", "Uppgifter om enskildas personliga förhållanden i socialtjänsten.");
    submit(driver, "Fatta beslut");
    assertThat(driver.findElement(By.id("status")).getText()).contains("Lämnas ut med maskeringar");
    assertThat(driver.findElement(By.id("elapsed")).getText()).contains("dygn");
    Axe.assertAccessible(driver);

    String copy = pdfText(driver, driver.findElement(By.id("copy-pdf")).getAttribute("href"));
    assertThat(copy).contains("[sekretess: OSL 26 kap. 1 §]").doesNotContain("Hemlig" + unique);
    String decision =
        pdfText(driver, driver.findElement(By.id("decision-pdf")).getAttribute("href"));
    assertThat(decision.replaceAll("\\s+", " ")).contains("kammarrätten");
  }

  /** Fetches a PDF with the browser's session and extracts its text with PDFBox. */
  private static String pdfText(WebDriver driver, String href) throws Exception {
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(response.body())) {
      return new PDFTextStripper().getText(document);
    }
  }
}
