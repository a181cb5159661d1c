package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.records.rights.RightsSeed;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The administrator's retention, privacy notice and registerutdrag pages with JavaScript off: each
 * page, a refused form and each result pass axe-core. Only the dry run is pressed (it changes
 * nothing).
 */
class RecordsStaffPagesJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired JdbcClient jdbc;

  @Test
  void retentionPrivacyAndRegisterExtractPagesAreAccessibleWithoutJavaScript() {
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);
    signIn(driver, "admin@lysekil.example");

    open(driver, "/personal/admin?lang=sv");
    follow(driver, "Gallring");
    assertThat(heading(driver)).isEqualTo("Gallring");
    Axe.assertAccessible(driver);

    open(driver, "/personal/admin/gallring/klass/CONTACT");
    assertThat(heading(driver)).isEqualTo("Gallring av Loggade kontakter");
    Axe.assertAccessible(driver);
    type(driver, "months", "12");
    // Other tests may have set this kind's class with a decision in the shared database.
    type(driver, "decisionReference", "");
    submit(driver, "Spara");
    assertThat(driver.findElements(By.cssSelector(".govuk-error-summary"))).hasSize(1);
    assertThat(mainText(driver)).contains("Ange gallringsbeslutets diarienummer");
    Axe.assertAccessible(driver);

    open(driver, "/personal/admin/gallring");
    submit(driver, "Provkör gallringen");
    assertThat(heading(driver)).isEqualTo("Provkörning av gallringen");
    Axe.assertAccessible(driver);

    open(driver, "/personal/admin/personuppgifter");
    assertThat(heading(driver)).isEqualTo("Personuppgiftspolicy");
    Axe.assertAccessible(driver);

    String email = "utdrag-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    RightsSeed.placeReport(
        jdbc, municipalities.resolve("localhost").id(), email, "Utdragstext " + email);
    open(driver, "/personal/registerutdrag");
    assertThat(heading(driver)).isEqualTo("Registerutdrag");
    Axe.assertAccessible(driver);
    type(driver, "email", email);
    submit(driver, "Visa");
    assertThat(mainText(driver)).contains("En sak sparad med adressen");
    Axe.assertAccessible(driver);
    signOut(driver);
  }
}
