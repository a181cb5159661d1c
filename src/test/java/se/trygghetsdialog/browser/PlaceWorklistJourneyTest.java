package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.place.TimeOfDay;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestSpots;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Staff of a department see an approved report in their worklist and mark it in progress; a process
 * leader opens the campaigns page. Both pages pass axe-core.
 */
class PlaceWorklistJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired PlaceCategories categories;
  @Autowired PlaceRouting routing;
  @Autowired ReportPlace reportPlace;
  @Autowired ModerationQueue queue;
  @Autowired ApproveContent approve;

  @Test
  void aDepartmentWorksThroughItsWorklistAndALeaderOpensCampaigns() {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    String unique = UUID.randomUUID().toString().substring(0, 6);
    Organisation department =
        organisations.register(
            municipality, "Avdelning " + unique, OrganisationKind.DEPARTMENT, null);
    UUID litter =
        categories.all(municipality).stream()
            .filter(c -> c.code().equals("LITTER"))
            .findFirst()
            .orElseThrow()
            .id();
    routing.addRoute(municipality, litter, department.id());
    ReportPlace.Receipt receipt =
        reportPlace.report(
            municipality,
            new ReportPlace.Input(
                litter,
                TestSpots.next(),
                List.of(),
                TimeOfDay.DAY,
                null,
                "Skräp vid badplatsen " + unique + ".",
                null,
                null,
                null,
                null,
                Locale.forLanguageTag("sv")));
    var item =
        queue.byContent(municipality, PlaceReport.CONTENT_TYPE, receipt.id().value()).orElseThrow();
    approve.approve(
        municipality,
        item.id(),
        "Skräp vid badplatsen " + unique + ".",
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR)));
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> routing.find(municipality, receipt.id(), department.id()).isPresent());

    StaffMember worker =
        accounts.createWithPassword(
            municipality,
            StaffMother.uniqueEmail("arbetare"),
            "Ada Arbetare",
            Set.of(Role.PARTNER),
            department.id(),
            DEMO_PASSWORD);
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.desktop(driver);
    signIn(driver, worker.email());
    open(driver, "/personal/arbetslista?lang=sv");
    assertThat(heading(driver)).isEqualTo("Arbetslista");
    assertThat(mainText(driver)).contains("Skräp vid badplatsen " + unique);
    Axe.assertAccessible(driver);
    String key = receipt.id().value() + "-" + department.id();
    click(driver, By.id("status-" + key));
    navigate(driver, By.cssSelector("#uppdrag-" + key + " button[type=submit]"));
    assertThat(driver.findElement(By.id("status-now-" + key)).getText()).isEqualTo("Pågår");
    Axe.assertAccessible(driver);

    StaffMember leader =
        StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
    signIn(driver, leader.email());
    open(driver, "/personal/kampanjer?lang=sv");
    assertThat(heading(driver)).isEqualTo("Kampanjer");
    Axe.assertAccessible(driver);
  }
}
