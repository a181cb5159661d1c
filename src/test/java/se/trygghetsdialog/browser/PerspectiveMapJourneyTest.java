package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * With JavaScript off, the dialogue team defines two themes, logs an interview and a
 * street-outreach contact with their perspectives, and sees the perspective map with the counts and
 * the flagged nej-röst; every page passes axe-core.
 */
class PerspectiveMapJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;

  private void pick(WebDriver driver, String forId) {
    driver.findElement(By.cssSelector("label[for='" + forId + "']")).click();
  }

  private void pickLabel(WebDriver driver, String text) {
    driver.findElement(By.xpath("//label[normalize-space()='" + text + "']")).click();
  }

  private void logContact(
      WebDriver driver, String channel, String people, String ageField, String ageCount) {
    follow(driver, "Logga en kontakt");
    Axe.assertAccessible(driver);
    pick(driver, "channel-" + channel);
    type(driver, "people", people);
    type(driver, ageField, ageCount);
    submit(driver, "Logga kontakten");
    assertThat(mainText(driver)).contains("Kontakten är loggad");
    Axe.assertAccessible(driver);
  }

  private void addPerspective(
      WebDriver driver, String kind, String text, String theme, boolean dissent) {
    pick(driver, "kind-" + kind);
    type(driver, "text", text);
    pickLabel(driver, theme);
    if (dissent) {
      pick(driver, "dissent");
    }
    submit(driver, "Lägg till perspektivet");
    assertThat(mainText(driver)).contains("Perspektivet är tillagt").contains(text);
    Axe.assertAccessible(driver);
  }

  @Test
  void theTeamLogsContactsWithPerspectivesAndSeesThemOnTheMap() {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    StaffMember leader =
        StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
    String title = "Trygg kväll " + UUID.randomUUID().toString().substring(0, 6);
    DialogueId dialogue =
        createDialogue.create(
            municipality,
            new CreateDialogue.Input(
                UUID.randomUUID(),
                title,
                "Om kvällarna i centrum",
                null,
                TopicOrigin.OFFICIAL,
                "",
                StaffMother.politicalBody(municipalities, organisations).id(),
                LocalDate.of(2026, 1, 10),
                "§ 9",
                "KS 2026/9"),
            accounts.actingAs(leader));

    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);
    signIn(driver, leader.email());
    open(driver, "/personal/dialoger/" + dialogue.value() + "/teman?lang=sv");
    assertThat(driver.findElement(By.tagName("body")).getAttribute("class"))
        .doesNotContain("js-enabled");
    assertThat(heading(driver)).isEqualTo("Teman");
    Axe.assertAccessible(driver);
    submit(driver, "Lägg till tema");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Skriv temats namn.");
    Axe.assertAccessible(driver);
    type(driver, "name", "Centrum på kvällen");
    submit(driver, "Lägg till tema");
    type(driver, "name", "Unga och fritid");
    submit(driver, "Lägg till tema");
    assertThat(driver.findElement(By.id("themes")).getText())
        .contains("Centrum på kvällen", "Unga och fritid");
    Axe.assertAccessible(driver);

    logContact(driver, "INTERVIEW", "2", "age30To49", "2");
    addPerspective(
        driver,
        "FEELING",
        "Det känns otryggt vid busstationen efter nio.",
        "Centrum på kvällen",
        false);

    logContact(driver, "STREET_OUTREACH", "5", "ageUnder18", "4");
    addPerspective(
        driver, "IDEA", "Öppna idrottshallen på fredagskvällar.", "Unga och fritid", false);
    addPerspective(
        driver,
        "STANCE",
        "Vi är inte farliga, vi vill bara ha någonstans att vara.",
        "Unga och fritid",
        true);

    follow(driver, "Perspektivkarta");
    assertThat(heading(driver)).isEqualTo("Perspektivkarta");
    String table = driver.findElement(By.id("perspective-map")).getText();
    assertThat(table)
        .contains("Centrum på kvällen", "Unga och fritid", "Intervju", "Uppsökande på gatan");
    assertThat(driver.findElement(By.id("map-total")).getText()).isEqualTo("3");
    assertThat(mainText(driver))
        .contains("0 minoritetsperspektiv och 1 nej-röster.")
        .contains("Vi är inte farliga, vi vill bara ha någonstans att vara.")
        .contains("Nej-röst");
    Axe.assertAccessible(driver);
    Browsers.phone(driver);
    Axe.assertAccessible(driver);
    Browsers.desktop(driver);

    navigate(
        driver,
        By.xpath(
            "//table[@id='perspective-map']//tr[th[normalize-space()='Unga och fritid']]//a[contains(@href,'kanal=STREET_OUTREACH')]"));
    assertThat(mainText(driver))
        .contains("Antal perspektiv: 2")
        .contains("Öppna idrottshallen på fredagskvällar.")
        .doesNotContain("busstationen");
    Axe.assertAccessible(driver);

    follow(driver, "Kontakter");
    assertThat(driver.findElement(By.id("contacts")).getText())
        .contains("Intervju", "Uppsökande på gatan");
    Axe.assertAccessible(driver);
  }
}
