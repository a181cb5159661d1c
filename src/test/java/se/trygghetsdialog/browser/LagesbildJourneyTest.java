package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The safety coordinator imports crime statistics from a CSV file, fills the other parts of the
 * lägesbild, adds an identified problem and adopts it with a decision; residents then read the
 * adopted version on a phone with JavaScript off and download the tagged PDF. Every page passes
 * axe-core.
 */
class LagesbildJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;

  @Test
  void theCoordinatorAdoptsALagesbildThatResidentsCanRead() throws Exception {
    String unique = UUID.randomUUID().toString().substring(0, 6);
    String category = "Skadegörelse " + unique;
    String analysis =
        "Skadegörelsen i centrum hänger ihop med svag belysning, analys " + unique + ".";
    StaffMember coordinator =
        StaffMother.staff(
            municipalities, accounts, "Tove Trygghetssamordnare", Role.SAFETY_COORDINATOR);

    WebDriver driver = Browsers.javaScriptOn();
    Browsers.desktop(driver);
    signIn(driver, coordinator.email());
    open(driver, "/personal?lang=sv");
    follow(driver, "Lägesbild enligt lag (2023:196)");
    assertThat(heading(driver)).isEqualTo("Lägesbild enligt lag (2023:196)");
    Axe.assertAccessible(driver);

    // Part 1: a file with an error is refused naming its line; a good file is imported.
    follow(driver, "Läs in brottsstatistik från en CSV-fil");
    assertThat(mainText(driver)).contains("kategori;period;antal");
    Axe.assertAccessible(driver);
    Path bad = Files.createTempFile("brott-fel", ".csv");
    Files.writeString(
        bad, "kategori;period;antal\n" + category + ";2024;12\n" + category + ";2025;tolv\n");
    driver.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
    submit(driver, "Läs in filen");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Filen " + bad.getFileName() + ", rad 3:")
        .contains("tolv");
    Axe.assertAccessible(driver);
    Path good = Files.createTempFile("brott", ".csv");
    Files.write(
        good,
        ("\uFEFFkategori,period,antal\n" + category + ",2024,120\n" + category + ",2025,150\n")
            .getBytes(StandardCharsets.UTF_8));
    driver.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
    submit(driver, "Läs in filen");
    assertThat(mainText(driver)).contains("Brottsstatistiken är inläst").contains(category);
    Axe.assertAccessible(driver);

    // Parts 1–3 of the draft.
    follow(driver, "Tillbaka till lägesbilden");
    type(driver, "crimeText", "Skadegörelsen har ökat med en fjärdedel på ett år.");
    WebElement dialogues = driver.findElement(By.id("facts-dialogue.overview"));
    if (!dialogues.isSelected()) {
      dialogues.click();
    }
    type(
        driver,
        "otherText",
        "Trygghetsmätningen visar att centrum upplevs som otryggt på kvällar.");
    type(driver, "analysisText", analysis);
    submit(driver, "Spara utkastet");
    assertThat(mainText(driver)).contains("Utkastet är sparat");
    assertThat(driver.findElement(By.id("analysisText")).getAttribute("value")).isEqualTo(analysis);
    Axe.assertAccessible(driver);

    // An identified problem.
    type(driver, "problemTitle", "Mörkt i centrum " + unique);
    type(driver, "problemDescription", "Belysningen räcker inte på kvällar.");
    submit(driver, "Lägg till problemet");
    assertThat(mainText(driver))
        .contains("Problemet är tillagt")
        .contains("Mörkt i centrum " + unique);
    Axe.assertAccessible(driver);

    // A measure of the register is linked to the problem: it answers it.
    WebElement label =
        driver.findElement(By.xpath("//label[contains(., 'Mörkt i centrum " + unique + "')]"));
    String selectId = label.getAttribute("for");
    org.openqa.selenium.support.ui.Select measures =
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(selectId)));
    measures.selectByIndex(1);
    String measureTitle = measures.getFirstSelectedOption().getText();
    navigate(
        driver,
        By.cssSelector(
            "button[name=link][value='" + selectId.substring("measure-".length()) + "']"));
    assertThat(mainText(driver)).contains("Mörkt i centrum " + unique).contains(measureTitle);
    Axe.assertAccessible(driver);

    // Adoption: an empty decision is refused, a complete one publishes the version.
    submit(driver, "Anta lägesbilden");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Skriv vilket organ som beslutade.");
    Axe.assertAccessible(driver);
    type(driver, "adoptedBy", "Kommunstyrelsen");
    date(driver, "adoptedOn", LocalDate.now().toString());
    type(driver, "paragraph", "§ 77");
    type(driver, "registrationNumber", "KS 2026/77");
    submit(driver, "Anta lägesbilden");
    assertThat(driver.getCurrentUrl()).matches(".*/lagesbild/version/\\d+$");
    String path = URI.create(driver.getCurrentUrl()).getPath();
    String main = mainText(driver);
    assertThat(main)
        .contains("Lägesbilden är antagen och publicerad")
        .contains("Del 1. Kartläggning av brottsligheten")
        .contains("Del 2. Annan relevant information")
        .contains("Del 3. Analys")
        .contains(analysis)
        .contains("Mörkt i centrum " + unique)
        .contains(measureTitle)
        .contains("Kommunstyrelsen");
    Axe.assertAccessible(driver);

    // The PDF link works and gives the tagged PDF of this version.
    String pdfHref = driver.findElement(By.partialLinkText("PDF")).getAttribute("href");
    assertThat(pdfHref).endsWith(path + ".pdf");
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(pdfHref)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(new PDFTextStripper().getText(document)).contains(analysis).contains(category);
    }
    signOut(driver);

    // A resident on a phone with JavaScript off reads the current lägesbild.
    WebDriver resident = Browsers.javaScriptOff();
    Browsers.phone(resident);
    resident.get(url("/lagesbild?lang=sv"));
    assertThat(resident.findElement(By.id("main-content")).getText())
        .contains("Del 1. Kartläggning av brottsligheten")
        .contains("Del 2. Annan relevant information")
        .contains("Del 3. Analys")
        .contains(analysis)
        .contains("150")
        .doesNotContain("Utkast");
    assertThat(resident.findElements(By.cssSelector("table caption"))).isNotEmpty();
    Axe.assertAccessible(resident);
    resident.get(url(path + "?lang=sv"));
    assertThat(resident.findElement(By.tagName("h1")).getText()).isNotBlank();
    Axe.assertAccessible(resident);
    Browsers.desktop(resident);
  }
}
