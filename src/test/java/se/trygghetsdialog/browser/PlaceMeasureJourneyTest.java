package se.trygghetsdialog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.measure.SendMeasureDigests;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.place.TimeOfDay;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.Axe;
import se.trygghetsdialog.support.BrowserTestBase;
import se.trygghetsdialog.support.Browsers;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.support.TestSpots;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A resident reports a place with an e-mail address; once it is published, a process leader
 * registers a proposal, links the place report to it and records the decision. The daily digest
 * reaches the reporter, who opens "du sa – vi gjorde" through the mail's private link and the
 * receipt's, with JavaScript off and on. Every page visited passes axe-core.
 */
class PlaceMeasureJourneyTest extends BrowserTestBase {

  static final Pattern RECEIPT_LINK = Pattern.compile("(/rapport/[A-Za-z0-9_-]{43})");
  static final Pattern DU_SA_LINK = Pattern.compile("(/du-sa-vi-gjorde/[A-Za-z0-9_-]{43})");
  static final Pattern STOP_LINK = Pattern.compile("(/rapport/avsluta/[A-Za-z0-9_-]{43})");

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired PlaceCategories categories;
  @Autowired PlaceReports reports;
  @Autowired ReportPlace reportPlace;
  @Autowired ModerationQueue queue;
  @Autowired ApproveContent approve;
  @Autowired SendMeasureDigests digests;

  MunicipalityId municipality;
  StaffMember leader;
  StaffMember moderator;
  String unique;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    leader = StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
    moderator = StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR);
    unique = UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void anOfficialDecidesOnAProposalLinkedToAPlaceReportAndTheReporterSeesWhatBecameOfIt()
      throws Exception {
    // A resident reports a place and asks to be told, by e-mail; the receipt brings the link.
    String email = StaffMother.uniqueEmail("rapportor");
    UUID lighting =
        categories.all(municipality).stream()
            .filter(c -> c.code().equals("LIGHTING"))
            .findFirst()
            .orElseThrow()
            .id();
    ReportPlace.Receipt receipt =
        reportPlace.report(
            municipality,
            new ReportPlace.Input(
                lighting,
                TestSpots.next(),
                List.of(),
                TimeOfDay.EVENING,
                null,
                "Det är mörkt vid busshållplatsen vid skolan " + unique + ".",
                null,
                null,
                null,
                email,
                Locale.forLanguageTag("sv")));
    Matcher receiptLink = RECEIPT_LINK.matcher(TestMailServer.awaitMail(email, "Kvitto").body());
    assertThat(receiptLink.find()).isTrue();

    // A moderator publishes it.
    var item =
        queue.byContent(municipality, PlaceReport.CONTENT_TYPE, receipt.id().value()).orElseThrow();
    approve.approve(
        municipality,
        item.id(),
        "Det är mörkt vid busshållplatsen vid skolan " + unique + ".",
        accounts.actingAs(moderator));
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> reports.find(municipality, receipt.id()).orElseThrow().published());

    // Before anything is decided, the receipt's page says so (JavaScript off).
    WebDriver resident = Browsers.javaScriptOff();
    Browsers.phone(resident);
    resident.get(url(receiptLink.group(1) + "?lang=sv"));
    assertThat(heading(resident)).isEqualTo("Din rapport");
    assertThat(resident.findElement(By.id("du-sa-vi-gjorde")).getText())
        .contains("Du sa – vi gjorde")
        .contains("inte kopplad till något förslag");
    Axe.assertAccessible(resident);

    // The process leader registers a proposal, links the report and records the decision.
    WebDriver driver = Browsers.javaScriptOn();
    Browsers.desktop(driver);
    signIn(driver, leader.email());
    open(driver, "/personal/atgarder/ny");
    assertThat(heading(driver)).isEqualTo("Nytt förslag eller ny åtgärd");
    Axe.assertAccessible(driver);
    String title = "Belysning vid skolans hållplats " + unique;
    click(driver, By.id("kind-PROPOSAL"));
    type(driver, "title", title);
    type(driver, "description", "Två nya lampor vid hållplatsen.");
    click(driver, By.id("horizon-SHORT_TERM"));
    type(driver, "owner", "Lysekils kommun, tekniska avdelningen");
    choose(driver, "ownerKind", "Kommunen");
    submit(driver, "Spara i registret");
    assertThat(heading(driver)).isEqualTo(title);
    Axe.assertAccessible(driver);

    // The report is found by searching its words and picked from the results (no id to paste).
    choose(driver, "typ", "Platsrapport");
    type(driver, "sok", "mörkt busshållplatsen");
    submit(driver, "Sök underlag");
    Axe.assertAccessible(driver);
    click(
        driver, By.cssSelector("input[name='choice'][value='PLACE_REPORT:" + receipt.id() + "']"));
    submit(driver, "Koppla underlaget");
    assertThat(mainText(driver))
        .contains("Underlaget är kopplat.")
        .contains("Platsrapport: Belysning: Det är mörkt vid busshållplatsen");
    Axe.assertAccessible(driver);

    follow(driver, "Registrera beslut");
    Axe.assertAccessible(driver);
    type(driver, "body", "Kommunstyrelsen");
    date(driver, "decidedOn", LocalDate.now().toString());
    type(driver, "paragraph", "§ 211");
    type(driver, "registrationNumber", "KS 2026/211");
    click(driver, By.id("outcome-APPROVED"));
    type(driver, "reasons", "Flera rapporter visade att hållplatsen är mörk.");
    submit(driver, "Registrera beslutet");
    assertThat(mainText(driver)).contains("Beslutet är registrerat").contains("Beslutad");
    Axe.assertAccessible(driver);
    signOut(driver);

    // The daily digest reaches the reporter with a private link.
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> digests.waitingFor(municipality, email) != 0);
    digests.sendDigests();
    var digest = TestMailServer.awaitMail(email, "Nytt om det du har bidragit med");
    assertThat(digest.body()).contains(title).contains("Bifall");
    Matcher duSa = DU_SA_LINK.matcher(digest.body());
    assertThat(duSa.find()).isTrue();
    Matcher stop = STOP_LINK.matcher(digest.body());
    assertThat(stop.find()).isTrue();

    // "Du sa – vi gjorde" from the mail, without JavaScript…
    resident.get(url(duSa.group(1) + "?lang=sv"));
    assertThat(heading(resident)).isEqualTo("Du sa – vi gjorde");
    assertThat(mainText(resident))
        .contains("Platsrapport")
        .contains(title)
        .contains("Bifall")
        .contains("Flera rapporter visade att hållplatsen är mörk.");
    Axe.assertAccessible(resident);
    // …and the receipt's link shows it on the report's own page.
    resident.get(url(receiptLink.group(1) + "?lang=sv"));
    assertThat(resident.findElement(By.id("du-sa-vi-gjorde")).getText())
        .contains(title)
        .contains("Beslutad")
        .contains("Bifall – Kommunstyrelsen")
        .contains("Flera rapporter visade att hållplatsen är mörk.");
    Axe.assertAccessible(resident);

    // With JavaScript on, the same pages, and the page that ends the mails.
    driver.get(url(duSa.group(1) + "?lang=sv"));
    assertThat(heading(driver)).isEqualTo("Du sa – vi gjorde");
    assertThat(mainText(driver)).contains(title).contains("Kommunstyrelsen");
    Axe.assertAccessible(driver);
    driver.get(url(receiptLink.group(1) + "?lang=sv"));
    assertThat(driver.findElement(By.id("du-sa-vi-gjorde")).getText()).contains(title);
    Axe.assertAccessible(driver);
    driver.get(url(stop.group(1) + "?lang=sv"));
    assertThat(heading(driver)).isEqualTo("Sluta få e-post om rapporten");
    Axe.assertAccessible(driver);
    submit(driver, "Sluta skicka e-post");
    assertThat(heading(driver)).isEqualTo("Vi skickar ingen mer e-post om rapporten");
    Axe.assertAccessible(driver);
    assertThat(reports.find(municipality, receipt.id()).orElseThrow().hasEmail()).isFalse();
  }
}
