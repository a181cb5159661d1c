package se.trygghetsdialog.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureMother;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.measure.RecordDecision;
import se.trygghetsdialog.measure.SendMeasureDigests;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Place reports as inputs of the measure register: only published reports may be linked, a decision
 * reaches the consenting reporter in the digest, and both the mail's link and the receipt's link
 * show what became of the report.
 */
@IntegrationTest
class PlaceMeasureIntegrationTests {

  static final Pattern DU_SA_LINK = Pattern.compile("(/du-sa-vi-gjorde/[A-Za-z0-9_-]{43})");
  static final Pattern STOP_LINK = Pattern.compile("(/rapport/avsluta/[A-Za-z0-9_-]{43})");
  static final Pattern RECEIPT_LINK = Pattern.compile("(/rapport/[A-Za-z0-9_-]{43})");

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired PlaceCategories categories;
  @Autowired PlaceReports reports;
  @Autowired ReportPlace reportPlace;
  @Autowired ModerationQueue queue;
  @Autowired ApproveContent approve;
  @Autowired ProposeMeasure proposeMeasure;
  @Autowired LinkInput linkInput;
  @Autowired RecordDecision recordDecision;
  @Autowired Measures measures;
  @Autowired SendMeasureDigests digests;
  @Autowired PlaceReporterSubscribers subscribers;

  MunicipalityId municipality;
  StaffPrincipal leader;
  StaffPrincipal moderator;
  String unique;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    leader =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER));
    moderator =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR));
    unique = UUID.randomUUID().toString().substring(0, 6);
  }

  ReportPlace.Receipt report(@Nullable String email) {
    return reportPlace.report(
        municipality,
        PlaceMother.report(
            PlaceMother.category(categories, municipality, "LIGHTING"),
            "Mörkt vid busshållplatsen " + unique + ", ring mig på 070-123 45 67.",
            email));
  }

  void publish(ReportPlace.Receipt receipt) throws InterruptedException {
    PlaceMother.approve(
        queue,
        approve,
        municipality,
        receipt,
        "Mörkt vid busshållplatsen " + unique + ".",
        moderator);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> reports.find(municipality, receipt.id()).orElseThrow().published());
  }

  MeasureId propose(String title) {
    return proposeMeasure.propose(municipality, MeasureMother.proposal(title), leader);
  }

  InputRef input(ReportPlace.Receipt receipt) {
    return new InputRef(InputRef.PLACE_REPORT, receipt.id().value());
  }

  static String violation(Runnable action) {
    try {
      action.run();
    } catch (MeasureRuleViolation v) {
      return v.messageKey();
    }
    throw new AssertionError("no violation");
  }

  @Test
  void aPublishedReportCanBeLinkedWithItsPublicTextButAPendingOneCannot() throws Exception {
    ReportPlace.Receipt pending = report(null);
    MeasureId measure = propose("Belysning " + unique);
    assertThat(violation(() -> linkInput.link(municipality, measure, input(pending), leader)))
        .isEqualTo("measure.error.link.notFound");
    assertThat(linkInput.label(municipality, input(pending))).isEmpty();

    publish(pending);
    assertThat(linkInput.link(municipality, measure, input(pending), leader)).isTrue();
    assertThat(linkInput.label(municipality, input(pending)).orElseThrow())
        .startsWith("Belysning: Mörkt vid busshållplatsen")
        .doesNotContain("070");
    // Another municipality's id, or an unknown one, is not found either.
    assertThat(
            linkInput.label(municipality, new InputRef(InputRef.PLACE_REPORT, UUID.randomUUID())))
        .isEmpty();
  }

  @Test
  void aDecisionReachesTheConsentingReporterAndBothLinksShowTheMeasure() throws Exception {
    String email = StaffMother.uniqueEmail("rapportor");
    ReportPlace.Receipt withEmail = report(email);
    ReportPlace.Receipt withoutEmail = report(null);
    publish(withEmail);
    publish(withoutEmail);
    String receiptMail = TestMailServer.awaitMail(email, "Kvitto").body();
    Matcher receiptLink = RECEIPT_LINK.matcher(receiptMail);
    assertThat(receiptLink.find()).isTrue();

    String title = "Belysning vid hållplatsen " + unique;
    MeasureId measure = propose(title);
    linkInput.link(municipality, measure, input(withEmail), leader);
    linkInput.link(municipality, measure, input(withoutEmail), leader);
    assertThat(subscribers.subscribersOf(municipality, input(withoutEmail))).isEmpty();

    // Before any decision, the receipt's page has the empty state.
    mvc.perform(get(receiptLink.group(1) + "?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Du sa – vi gjorde")))
        .andExpect(content().string(containsString(title)));

    recordDecision.record(
        municipality,
        measure,
        MeasureMother.approval(
            measures.find(municipality, measure).orElseThrow().version(),
            "Rapporterna visade att hållplatsen är mörk."),
        leader);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> digests.waitingFor(municipality, email) != 0);
    assertThat(digests.waitingFor(municipality, email)).isEqualTo(1);
    digests.sendDigests();

    var digest = TestMailServer.awaitMail(email, "Nytt om det du har bidragit med");
    assertThat(digest.body()).contains(title).contains("Bifall").doesNotContain("070");
    Matcher duSa = DU_SA_LINK.matcher(digest.body());
    assertThat(duSa.find()).isTrue();
    Matcher stop = STOP_LINK.matcher(digest.body());
    assertThat(stop.find()).isTrue();

    // The mail's link opens "du sa – vi gjorde"…
    mvc.perform(get(duSa.group(1) + "?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Du sa – vi gjorde")))
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("Rapporterna visade att hållplatsen är mörk.")))
        .andExpect(content().string(not(containsString("070-123"))));
    // …and so does the receipt's link, on the report's own page and on the measure page.
    mvc.perform(get(receiptLink.group(1) + "?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("Bifall")));
    String receiptToken = receiptLink.group(1).substring("/rapport/".length());
    mvc.perform(get("/du-sa-vi-gjorde/" + receiptToken + "?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)));

    // The reporter stops the mails from the mail's link: the address is erased.
    mvc.perform(get(stop.group(1) + "?lang=sv")).andExpect(status().isOk());
    mvc.perform(post(stop.group(1)).with(csrf())).andExpect(status().isOk());
    assertThat(subscribers.subscribersOf(municipality, input(withEmail))).isEmpty();
    assertThat(reports.find(municipality, withEmail.id()).orElseThrow().hasEmail()).isFalse();
    mvc.perform(get(duSa.group(1) + "?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)));
  }

  @Test
  void anUnknownTokenGives404() throws Exception {
    String token = "A".repeat(43);
    mvc.perform(get("/rapport/avsluta/" + token)).andExpect(status().isNotFound());
    mvc.perform(post("/rapport/avsluta/" + token).with(csrf())).andExpect(status().isNotFound());
    mvc.perform(get("/rapport/" + token)).andExpect(status().isNotFound());
  }
}
