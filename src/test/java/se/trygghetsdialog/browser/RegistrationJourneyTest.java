package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;

/**
 * With JavaScript off: the registrar opens the registration list from the staff start page, narrows
 * it to one kind, and sends a diarienummer file with an error, which is named by file and line.
 * Every page is checked by axe-core.
 */
class RegistrationJourneyTest extends BrowserTestBase {

  @Test
  void theRegistrarFiltersTheRegistrationsAndSeesAnImportErrorNamingTheLine() throws Exception {
    Path file = Files.createTempFile("diarium", ".csv");
    Files.writeString(
        file, "kind,id,diarienummer\nPLACE_REPORT,finns-inte,KS 1\n", StandardCharsets.UTF_8);
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);
    try {
      signIn(driver, "registrator@lysekil.example");
      follow(driver, "Registrering av inkomna handlingar");
      assertThat(heading(driver)).isEqualTo("Registrering av inkomna handlingar");
      Axe.assertAccessible(driver);

      choose(driver, "typ", "Platsrapport");
      submit(driver, "Visa urvalet");
      assertThat(driver.getCurrentUrl()).contains("typ=PLACE_REPORT");
      Axe.assertAccessible(driver);

      driver.findElement(By.id("fil")).sendKeys(file.toString());
      submit(driver, "Läs in");
      assertThat(mainText(driver)).contains(file.getFileName() + ", rad 2");
      Axe.assertAccessible(driver);
    } finally {
      signOut(driver);
      Files.deleteIfExists(file);
    }
  }
}
