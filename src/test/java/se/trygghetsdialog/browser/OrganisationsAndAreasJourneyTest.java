package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * An administrator keeps the organisations and areas: adds a housing company and imports areas from
 * a GeoJSON file without JavaScript, then draws an area on the map with JavaScript on, and the
 * drawing is what the form sends. Every page passes axe-core.
 */
class OrganisationsAndAreasJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired Areas areas;
  @Autowired PlaceSettings settings;

  @Test
  void anAdministratorAddsAnOrganisationAndImportsAreasWithoutJavaScript() throws IOException {
    String unique = StaffMother.uniqueWord();
    StaffMember admin =
        StaffMother.staff(municipalities, accounts, "Admin Org", Role.ADMINISTRATOR);
    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);
    signIn(driver, admin.email());

    open(driver, "/personal/admin/organisationer?lang=sv");
    Axe.assertAccessible(driver);
    follow(driver, "Lägg till organisation");
    Axe.assertAccessible(driver);
    type(driver, "name", "Bostadsbolaget " + unique);
    click(driver, By.id("kind-HOUSING_COMPANY"));
    type(driver, "email", "felanmalan-" + unique + "@bostad.example");
    submit(driver, "Spara");
    assertThat(heading(driver)).isEqualTo("Ändra Bostadsbolaget " + unique);
    Axe.assertAccessible(driver);
    assertThat(organisations.all(StaffMother.tenant(municipalities).id()))
        .anyMatch(
            o ->
                o.name().equals("Bostadsbolaget " + unique)
                    && o.kind() == OrganisationKind.HOUSING_COMPANY);

    // A bad submission shows the error summary, also accessible.
    open(driver, "/personal/admin/organisationer/ny?lang=sv");
    submit(driver, "Spara");
    assertThat(mainText(driver)).contains("Skriv organisationens namn");
    Axe.assertAccessible(driver);

    MapSettings map = settings.of(StaffMother.tenant(municipalities).id());
    double lat = map.minLatitude() + 0.06;
    double lon = map.minLongitude() + 0.06;
    String square =
        String.format(
            Locale.ROOT,
            "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.5f,%2$.5f],[%3$.5f,%2$.5f],"
                + "[%3$.5f,%4$.5f],[%1$.5f,%4$.5f],[%1$.5f,%2$.5f]]]}",
            lon,
            lat,
            lon + 0.01,
            lat + 0.01);
    Path file = Files.createTempFile("omraden", ".geojson");
    Files.writeString(
        file,
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"deso\":\"DeSO "
            + unique
            + "\"},\"geometry\":"
            + square
            + "}]}",
        StandardCharsets.UTF_8);
    open(driver, "/personal/admin/omraden/importera?lang=sv");
    Axe.assertAccessible(driver);
    driver.findElement(By.id("file")).sendKeys(file.toString());
    type(driver, "nameProperty", "deso");
    type(driver, "kind", "DeSO-test-" + unique);
    submit(driver, "Importera");
    assertThat(heading(driver)).isEqualTo("Områden");
    Axe.assertAccessible(driver);
    assertThat(areas.all(StaffMother.tenant(municipalities).id()))
        .anyMatch(a -> a.name().equals("DeSO " + unique) && a.hasBoundary());
    Files.deleteIfExists(file);
  }

  @Test
  void anAdministratorDrawsAnAreaOnTheMapAndTheFormSendsTheDrawing() {
    String unique = StaffMother.uniqueWord();
    StaffMember admin =
        StaffMother.staff(municipalities, accounts, "Admin Karta", Role.ADMINISTRATOR);
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.desktop(driver);
    signIn(driver, admin.email());

    open(driver, "/personal/admin/omraden/ny?lang=sv");
    await(driver, By.cssSelector("#area-map.leaflet-container"));
    Axe.assertAccessible(driver);
    type(driver, "name", "Ritat " + unique);
    type(driver, "kind", "ritat-" + unique);
    // Click around the centre of the municipality's frame (the grey rectangle) on the map.
    WebElement map = driver.findElement(By.cssSelector("#area-map .leaflet-overlay-pane path"));
    new Actions(driver).moveToElement(map, -12, -8).click().perform();
    new Actions(driver).moveToElement(map, 12, -8).click().perform();
    new Actions(driver).moveToElement(map, 0, 10).click().perform();
    assertThat(driver.findElement(By.id("area-map-status")).getText()).contains("3 hörn");
    String drawn = driver.findElement(By.id("geometry")).getAttribute("value");
    assertThat(drawn).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[");
    submit(driver, "Spara");
    assertThat(heading(driver)).as(() -> mainText(driver)).isEqualTo("Ändra Ritat " + unique);
    Area saved =
        areas.all(StaffMother.tenant(municipalities).id()).stream()
            .filter(a -> a.name().equals("Ritat " + unique))
            .findFirst()
            .orElseThrow();
    // What the page sent is the triangle drawn: three corners and the closing one.
    assertThat(saved.geometry()).isNotNull();
    assertThat(saved.geometry().split("\\],\\[")).hasSize(4);
    Axe.assertAccessible(driver);
  }
}
