package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.field.EstTestData;
import se.trygghetsdialog.field.WeekNumber;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * On a phone: the trygghetssamordnare starts the EST week, ticks checklist items (a note with a
 * phone number is refused and kept), plans an action with an owner, creates the weekly report from
 * the week and submits it; a moderator approves it; the public list, the report page and the Atom
 * feed show it, with JavaScript on and off. Every page passes axe-core.
 */
class EstWeekJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired PlaceCategories categories;
  @Autowired PlaceSettings settings;

  @Test
  void theCoordinatorBuildsTheWeekAndASecondPersonPublishesTheWeeklyReport() throws Exception {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    StaffMember coordinator =
        StaffMother.staff(municipalities, accounts, "Stina Samordnare", Role.SAFETY_COORDINATOR);
    StaffMember approver =
        StaffMother.staff(municipalities, accounts, "Mats Moderator", Role.MODERATOR);
    StaffMember reporter =
        StaffMother.staff(municipalities, accounts, "Tor Trygghetsvärd", Role.FIELD_REPORTER);
    WeekNumber week = EstTestData.freshWeek();
    EstTestData data = new EstTestData(jdbc, municipality, reporter.id());
    HeatGrid grid = HeatGrid.over(settings.of(municipality), HeatGrid.HEAT_CELL_METRES);
    UUID category = categories.all(municipality).get(0).id();
    UUID report = data.report("TRYGGHETSVARD");
    String secret = "Hemlig fritext " + UUID.randomUUID();
    for (int day = 5; day <= 7; day++) {
      data.event(
          report,
          category,
          EstTestData.inside(grid, new HeatGrid.Cell(20, 30)),
          "Södra hamnen",
          null,
          EstTestData.at(week, day, 19, 0),
          120,
          secret);
    }

    WebDriver driver = Browsers.javaScriptOn();
    Browsers.phone(driver);
    signIn(driver, coordinator.email());
    Axe.assertAccessible(driver);
    follow(driver, "EST-veckor");
    assertThat(heading(driver)).isEqualTo("EST-veckor");
    Axe.assertAccessible(driver);

    // A week that does not exist is refused; then the week is started.
    type(driver, "year", String.valueOf(week.year()));
    type(driver, "week", "54");
    submit(driver, "Starta veckan");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Ange en vecka som finns det året");
    Axe.assertAccessible(driver);
    type(driver, "week", String.valueOf(week.week()));
    submit(driver, "Starta veckan");
    assertThat(heading(driver)).isEqualTo("Vecka " + week.week() + " " + week.year());
    assertThat(mainText(driver)).contains("Södra hamnen").doesNotContain(secret);
    Axe.assertAccessible(driver);

    // The checklist: a note with personal data is refused and kept, then two items are ticked.
    click(driver, By.id("done-police"));
    type(driver, "note-police", "Lugn helg enligt polisen.");
    type(driver, "note-housing", "Ring 070-123 45 67 om trapphuset");
    submit(driver, "Spara checklistan");
    assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("personuppgifter");
    assertThat(driver.findElement(By.id("note-housing")).getAttribute("value"))
        .isEqualTo("Ring 070-123 45 67 om trapphuset");
    assertThat(driver.findElement(By.id("done-police")).isSelected()).isTrue();
    Axe.assertAccessible(driver);
    type(driver, "note-housing", "Inget nytt från bostadsbolaget.");
    click(driver, By.id("done-housing"));
    submit(driver, "Spara checklistan");
    assertThat(mainText(driver))
        .contains("Checklistan är sparad.")
        .contains("Klar – Stina Samordnare");
    assertThat(driver.findElement(By.id("done-police")).isSelected()).isTrue();
    assertThat(driver.findElement(By.id("done-housing")).isSelected()).isTrue();
    Axe.assertAccessible(driver);

    // Next week's action, as a measure with an owner.
    type(driver, "title", "Kvällsvandring vid Södra hamnen");
    type(driver, "description", "Två vuxna går runt hamnen fredag och lördag kväll.");
    type(driver, "owner", "Fältgruppen");
    choose(driver, "ownerKind", "Kommunen");
    submit(driver, "Planera åtgärden");
    assertThat(mainText(driver)).contains("Åtgärden är planerad");
    assertThat(driver.findElement(By.id("planned-actions")).getText())
        .contains("Kvällsvandring vid Södra hamnen")
        .contains("Fältgruppen");
    Axe.assertAccessible(driver);

    // The weekly report, pre-filled from the week.
    submit(driver, "Skapa veckorapport");
    assertThat(heading(driver)).isEqualTo("Veckorapport vecka " + week.week());
    assertThat(driver.findElement(By.id("presence")).getAttribute("value"))
        .contains("Trygghetsvärdar: 3 dagar");
    assertThat(driver.findElement(By.id("place-0")).getAttribute("value"))
        .isEqualTo("Södra hamnen");
    Axe.assertAccessible(driver);
    type(driver, "activities", "Fotbollsturnering på Kronbergsvallen fredag kväll.");
    type(driver, "actions-0", "Fler trygghetsvärdar på plats under helgen.");
    submit(driver, "Skicka för godkännande");
    assertThat(driver.findElement(By.id("report-status")).getText())
        .isEqualTo("Väntar på godkännande");
    Axe.assertAccessible(driver);
    String title = "Förstärkt trygghetsarbete – vecka " + week.week();

    // A moderator approves it.
    signIn(driver, approver.email());
    follow(driver, "Veckorapporter att godkänna");
    Axe.assertAccessible(driver);
    UUID reportId =
        jdbc.sql("SELECT report_id FROM weekly_report WHERE iso_year = :y AND iso_week = :w")
            .param("y", week.year())
            .param("w", week.week())
            .query(UUID.class)
            .single();
    navigate(driver, By.cssSelector("a[href='/personal/veckorapporter/" + reportId + "']"));
    assertThat(mainText(driver)).contains("Fler trygghetsvärdar på plats under helgen.");
    Axe.assertAccessible(driver);
    submit(driver, "Godkänn och publicera");
    assertThat(mainText(driver)).contains("Veckorapporten är godkänd och publicerad.");
    Axe.assertAccessible(driver);
    signOut(driver);

    // The public pages, with JavaScript off…
    WebDriver resident = Browsers.javaScriptOff();
    Browsers.phone(resident);
    resident.get(url("/trygghet/veckorapporter?lang=sv"));
    assertThat(heading(resident)).isEqualTo("Veckorapporter om trygghetsarbetet");
    Axe.assertAccessible(resident);
    navigate(
        resident,
        By.cssSelector(
            "a[href='/trygghet/veckorapporter/" + week.year() + "/" + week.week() + "']"));
    assertThat(heading(resident)).isEqualTo(title);
    assertThat(mainText(resident))
        .contains("Alla behövs")
        .contains("Vilka har varit närvarande")
        .contains("Fotbollsturnering på Kronbergsvallen")
        .contains("Södra hamnen")
        .contains("Fler trygghetsvärdar på plats under helgen.")
        .doesNotContain(secret)
        .doesNotContain("Stina Samordnare");
    Axe.assertAccessible(resident);

    // The coordinator's week page works without JavaScript too.
    signIn(resident, coordinator.email());
    resident.get(url("/personal/est/" + week.year() + "/" + week.week() + "?lang=sv"));
    assertThat(heading(resident)).isEqualTo("Vecka " + week.week() + " " + week.year());
    assertThat(driverText(resident, "planned-actions")).contains("Kvällsvandring vid Södra hamnen");
    Axe.assertAccessible(resident);
    signOut(resident);

    // …and on.
    driver.get(url("/trygghet/veckorapporter?lang=sv"));
    Axe.assertAccessible(driver);
    driver.get(url("/trygghet/veckorapporter/" + week.year() + "/" + week.week() + "?lang=sv"));
    assertThat(heading(driver)).isEqualTo(title);
    Axe.assertAccessible(driver);

    // The feed has it.
    HttpResponse<String> feed =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/trygghet/veckorapporter.atom"))).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(feed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    assertThat(feed.body()).contains("<title>" + title + "</title>");
  }

  private static String driverText(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }
}
