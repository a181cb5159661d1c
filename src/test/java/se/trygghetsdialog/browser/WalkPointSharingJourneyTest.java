package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.walk.Meeting;
import se.trygghetsdialog.walk.PlanWalk;
import se.trygghetsdialog.walk.PointPriority;
import se.trygghetsdialog.walk.RecordWalkPoint;
import se.trygghetsdialog.walk.RouteStop;

/**
 * A safety coordinator shares a walk point with the police with JavaScript off: the share page, the
 * refused form without a reason, the shared point and the ended share all pass axe-core.
 */
class WalkPointSharingJourneyTest extends BrowserTestBase {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired PlaceCategories categories;
  @Autowired PlanWalk planWalk;
  @Autowired RecordWalkPoint recordPoint;

  @Test
  void aCoordinatorSharesAWalkPointWithAPartnerAndEndsTheShareWithoutJavaScript() {
    MunicipalityId m = StaffMother.tenant(municipalities).id();
    String unique = UUID.randomUUID().toString().substring(0, 6);
    StaffMember coordinator =
        StaffMother.staff(municipalities, accounts, "Sara Samordnare", Role.SAFETY_COORDINATOR);
    Organisation owner =
        organisations.register(m, "Gatuenheten " + unique, OrganisationKind.DEPARTMENT, null);
    Organisation police =
        organisations.register(m, "Polisen " + unique, OrganisationKind.DEPARTMENT, null);
    Coordinates torget = new Coordinates(58.27461, 11.43527);
    UUID walk =
        planWalk.plan(
            m,
            new PlanWalk.Input(
                "Vandring delning " + unique,
                null,
                "",
                List.of(
                    new Meeting(LocalDateTime.of(2027, 3, 2, 18, 0), "Biblioteket"),
                    new Meeting(LocalDateTime.of(2027, 3, 18, 19, 0), "Busstationen"),
                    new Meeting(LocalDateTime.of(2027, 4, 6, 18, 0), "Biblioteket")),
                List.of(new PlanWalk.Invitation(owner.id(), "")),
                10,
                List.of(new RouteStop("Kungstorget", torget)),
                null,
                null),
            accounts.actingAs(coordinator));
    UUID lighting =
        categories.all(m).stream()
            .filter(c -> c.code().equals("LIGHTING"))
            .findFirst()
            .orElseThrow()
            .id();
    UUID point =
        recordPoint
            .record(
                m,
                walk,
                new RecordWalkPoint.Input(
                    UUID.randomUUID(),
                    torget,
                    "Kungstorget",
                    lighting,
                    false,
                    "",
                    "Belys gångtunneln.",
                    owner.id(),
                    PointPriority.HIGH,
                    LocalDate.of(2027, 4, 18),
                    null),
                accounts.actingAs(coordinator))
            .pointId();

    WebDriver driver = Browsers.javaScriptOff();
    Browsers.desktop(driver);
    signIn(driver, coordinator.email());
    open(driver, "/personal/trygghetsvandringar/" + walk + "?lang=sv");
    Axe.assertAccessible(driver);
    navigate(driver, By.cssSelector("a[href$='/punkter/" + point + "/dela']"));
    assertThat(heading(driver)).isEqualTo("Dela vandringspunkten med en organisation");
    Axe.assertAccessible(driver);

    choose(driver, "organisationId", police.name());
    submit(driver, "Dela");
    assertThat(driver.findElements(By.cssSelector(".govuk-error-summary"))).hasSize(1);
    assertThat(mainText(driver)).contains("Skriv varför punkten delas");
    Axe.assertAccessible(driver);

    choose(driver, "organisationId", police.name());
    type(driver, "reason", "Polisen följer upp platsen.");
    submit(driver, "Dela");
    assertThat(mainText(driver))
        .contains("Punkten är delad.")
        .contains(police.name() + ": Polisen följer upp platsen.");
    Axe.assertAccessible(driver);

    navigate(driver, By.xpath("//button[starts-with(normalize-space(), 'Sluta dela')]"));
    assertThat(mainText(driver)).contains("Punkten delas inte längre.");
    assertThat(driver.findElements(By.id("shares"))).isEmpty();
    Axe.assertAccessible(driver);
    signOut(driver);
  }
}
