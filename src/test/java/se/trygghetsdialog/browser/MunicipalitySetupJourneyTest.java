package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A new municipality's administrator works through the setup checklist without JavaScript on a
 * phone: the profile with a bad then a good input, the logo, the features, the ladder and the EST
 * settings, every page checked with axe.
 */
class MunicipalitySetupJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts staff;

  FreshMunicipality fresh;

  String at(String path) {
    return "http://" + fresh.host() + ":" + port + path;
  }

  void go(WebDriver driver, String path) {
    driver.get(at(path));
  }

  @Test
  void anAdministratorSetsUpTheMunicipalityFromTheChecklistWithoutJavaScript() throws Exception {
    fresh = FreshMunicipality.register(municipalities);
    StaffMember admin = fresh.staff(staff, "Astrid Admin", Role.ADMINISTRATOR);
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.phone(driver);
    go(driver, "/logga-in?lang=sv");
    type(driver, "email", admin.email());
    type(driver, "password", FreshMunicipality.PASSWORD);
    navigate(driver, By.cssSelector("form[action='/logga-in'] button[type=submit]"));

    go(driver, "/personal/admin");
    navigate(driver, By.linkText("Installation och inställningar (checklista)"));
    assertThat(heading(driver)).isEqualTo("Installation och inställningar");
    assertThat(mainText(driver)).contains("Kommunens uppgifter").contains("Att göra");
    Axe.assertAccessible(driver);

    navigate(driver, By.linkText("Kommunens uppgifter"));
    assertThat(heading(driver)).isEqualTo("Kommunens uppgifter");
    Axe.assertAccessible(driver);

    type(driver, "name", " ");
    type(driver, "eServicesUrl", "http://sjostad.se");
    submit(driver, "Spara uppgifterna");
    assertThat(driver.findElement(By.id("error-summary")).getText())
        .contains("Skriv kommunens namn")
        .contains("börjar med https://");
    Axe.assertAccessible(driver);

    type(driver, "name", "Sjöstads kommun");
    type(driver, "contactEmail", "kontakt@sjostad.se");
    type(driver, "eServicesUrl", "https://sjostad.se/e-tjanster");
    type(driver, "noticeBoardUrl", "https://sjostad.se/anslagstavla");
    submit(driver, "Spara uppgifterna");
    assertThat(mainText(driver)).contains("Kommunens uppgifter är sparade.");
    Axe.assertAccessible(driver);

    File logo = Files.createTempFile("logo", ".png").toFile();
    logo.deleteOnExit();
    ImageIO.write(new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB), "png", logo);
    driver.findElement(By.id("logo")).sendKeys(logo.getAbsolutePath());
    submit(driver, "Ladda upp logotypen");
    assertThat(mainText(driver)).contains("Logotypen är sparad.");
    assertThat(driver.findElements(By.cssSelector("header img.td-header__tenant-logo"))).hasSize(1);
    Axe.assertAccessible(driver);

    go(driver, "/?lang=sv");
    assertThat(driver.findElement(By.cssSelector("header")).getText()).contains("Sjöstads kommun");
    assertThat(driver.findElements(By.cssSelector("a[href='https://sjostad.se/anslagstavla']")))
        .hasSize(1);
    Axe.assertAccessible(driver);

    go(driver, "/personal/admin/installation");
    assertThat(driver.findElement(By.id("step-10-tenancy-setup-profile-status")).getText())
        .isEqualTo("Klart");

    for (String page : new String[] {"Funktioner", "Delaktighetstrappan"}) {
      go(driver, "/personal/admin/installation");
      navigate(driver, By.linkText(page));
      assertThat(heading(driver)).isEqualTo(page);
      Axe.assertAccessible(driver);
    }
    submit(driver, "Spara trappan");
    assertThat(mainText(driver)).contains("Delaktighetstrappan är sparad.");

    go(driver, "/personal/admin/installation");
    navigate(driver, By.linkText("EST: checklista och veckorapportens titel"));
    assertThat(heading(driver)).isEqualTo("EST: checklista och veckorapport");
    Axe.assertAccessible(driver);

    go(driver, "/personal/admin/funktioner");
    click(driver, By.id("feature-WALKS"));
    submit(driver, "Spara funktionerna");
    assertThat(mainText(driver)).contains("Funktionerna är sparade.");
    go(driver, "/?lang=sv");
    assertThat(driver.findElements(By.cssSelector("a[href='/trygghetsvandringar']"))).isEmpty();
    Browsers.desktop(driver);
  }
}
