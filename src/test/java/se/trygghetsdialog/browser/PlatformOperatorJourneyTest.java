package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * With JavaScript off: the platform operator adds a municipality on a host name of its own
 * (Chromium sends every {@code *.localhost} name to this machine), its administrator publishes the
 * accessibility statement there, and the operator closes it; axe-core on every page.
 */
class PlatformOperatorJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;

  String on(String host, String path) {
    return "http://" + host + ":" + port + path;
  }

  @Test
  void operatorAddsAMunicipalityWhoseAdministratorPublishesTheStatementThenClosesIt() {
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);
    signOut(driver);
    String code;
    do {
      code = String.format("%04d", ThreadLocalRandom.current().nextInt(2000, 9999));
    } while (municipalities.byCode(code).isPresent());
    String host = "kommun-" + code + ".localhost";

    open(driver, "/plattform/logga-in?lang=sv");
    assertThat(heading(driver)).isEqualTo("Logga in som plattformsoperatör");
    Axe.assertAccessible(driver);
    type(driver, "email", "operator@plattform.example");
    type(driver, "password", DEMO_PASSWORD);
    navigate(driver, By.cssSelector("form[action='/plattform/logga-in'] button[type=submit]"));
    assertThat(heading(driver)).isEqualTo("Kommuner på plattformen");
    Axe.assertAccessible(driver);

    navigate(driver, By.linkText("Lägg till en kommun"));
    assertThat(heading(driver)).isEqualTo("Lägg till en kommun");
    Axe.assertAccessible(driver);
    type(driver, "hostNames", "inte ett värdnamn!");
    submit(driver, "Lägg till kommunen och skicka inbjudan");
    assertThat(driver.findElement(By.id("error-summary")).getText())
        .contains("Fyll i kommunkoden")
        .contains("värdnamn är ogiltigt")
        .contains("Fyll i administratörens e-postadress");
    Axe.assertAccessible(driver);

    type(driver, "code", code);
    type(driver, "name", "Ekö " + code);
    type(driver, "hostNames", host);
    type(driver, "adminEmail", "admin-" + code + "@test.example");
    type(driver, "adminName", "Wilma Webb");
    submit(driver, "Lägg till kommunen och skicka inbjudan");
    assertThat(mainText(driver)).contains("Kommunen är tillagd").contains(host);
    Axe.assertAccessible(driver);
    Tenant added = municipalities.byCode(code).orElseThrow();

    String adminEmail = "redaktor-" + code + "@test.example";
    accounts.createWithPassword(
        added.id(),
        adminEmail,
        "Rut Redaktör",
        EnumSet.of(Role.ADMINISTRATOR),
        null,
        DEMO_PASSWORD);
    driver.get(on(host, "/logga-in?lang=sv"));
    type(driver, "email", adminEmail);
    type(driver, "password", DEMO_PASSWORD);
    navigate(driver, By.cssSelector("form[action='/logga-in'] button[type=submit]"));
    assertThat(mainText(driver)).contains("Tillgänglighetsredogörelsen behöver granskas");
    Axe.assertAccessible(driver);

    driver.get(on(host, "/personal/admin/tillganglighetsredogorelse"));
    assertThat(heading(driver)).isEqualTo("Tillgänglighetsredogörelse");
    Axe.assertAccessible(driver);
    type(driver, "reviewedOn", "7 december");
    submit(driver, "Publicera en ny version");
    assertThat(driver.findElement(By.id("error-summary")).getText()).contains("ÅÅÅÅ-MM-DD");
    Axe.assertAccessible(driver);
    type(driver, "reviewedOn", "2026-12-01");
    type(driver, "contact", "Ring Webbkommunens kontaktcenter.");
    submit(driver, "Publicera en ny version");
    assertThat(mainText(driver)).contains("Version 1");

    driver.get(on(host, "/tillganglighet"));
    assertThat(mainText(driver))
        .contains("Ekö " + code)
        .contains("Ring Webbkommunens kontaktcenter.")
        .contains("1 december 2026")
        .contains("kräver JavaScript");
    Axe.assertAccessible(driver);

    open(driver, "/plattform/kommuner");
    navigate(driver, By.xpath("//button[contains(., 'Stäng av Ekö " + code + "')]"));
    assertThat(mainText(driver)).contains("Kommunen är avstängd");
    Axe.assertAccessible(driver);

    driver.get(on(host, "/dialoger"));
    assertThat(heading(driver)).isEqualTo("Tjänsten används inte här just nu");
    Axe.assertAccessible(driver);
  }
}
