package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.place.PlaceMother;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * An administrator logs a personal-data incident with JavaScript off, every page checked by
 * axe-core: the log, a refused form, the incident with its time left to report to IMY, a dated
 * action, the report to IMY and closing it.
 */
class IncidentLogJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;

  @Test
  void anAdministratorLogsAnIncidentReportsItToImyAndClosesIt() {
    String unique = PlaceMother.unique();
    StaffMember admin =
        StaffMother.staff(municipalities, accounts, "Ada Administratör", Role.ADMINISTRATOR);
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);
    signIn(driver, admin.email());
    open(driver, "/personal/incidenter?lang=sv");
    assertThat(heading(driver)).isEqualTo("Personuppgiftsincidenter");
    Axe.assertAccessible(driver);

    follow(driver, "Logga en incident");
    submit(driver, "Logga incidenten");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Skriv en rubrik");
    Axe.assertAccessible(driver);
    type(driver, "title", "Fel mottagare " + unique);
    type(driver, "whatHappened", "Ett utskick med svar gick till fel mottagare.");
    type(driver, "dataConcerned", "E-postadresser");
    type(driver, "peopleEstimate", "40");
    driver.findElement(By.cssSelector("label[for='risk-RISK']")).click();
    submit(driver, "Logga incidenten");
    assertThat(heading(driver)).startsWith("Incident nr");
    assertThat(driver.findElement(By.id("deadline")).getText()).contains("kvar till anmälan");
    Axe.assertAccessible(driver);

    type(driver, "text", "Mottagaren ombads radera utskicket.");
    submit(driver, "Anteckna");
    assertThat(driver.findElement(By.id("actions")).getText()).contains("radera utskicket");

    submit(driver, "Avsluta incidenten");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Anmäl incidenten till IMY");
    Axe.assertAccessible(driver);

    type(driver, "notReportedReason", "Adresserna var redan offentliga; sannolikt ingen risk.");
    submit(driver, "Spara ändringarna");
    assertThat(driver.findElement(By.id("deadline")).getText()).contains("Anmäls inte");
    submit(driver, "Avsluta incidenten");
    assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Avslutad");
    Axe.assertAccessible(driver);
  }
}
