package se.trygghetsdialog.records.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.opinion.ChooseVotingSteps;
import se.trygghetsdialog.opinion.OpinionConversations;
import se.trygghetsdialog.opinion.OpinionMother;
import se.trygghetsdialog.opinion.StatementId;
import se.trygghetsdialog.opinion.StatementSubmitted;
import se.trygghetsdialog.opinion.SubmitStatement;
import se.trygghetsdialog.place.PlaceMother;
import se.trygghetsdialog.place.PlaceReportSubmitted;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.site.AccessibilityProblemReported;
import se.trygghetsdialog.site.AccessibilityReport;
import se.trygghetsdialog.site.ReportAccessibilityProblem;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.topic.ProposeTopic;
import se.trygghetsdialog.topic.TopicProposed;

/**
 * Every inbound submission a resident sends is registered once, with a title that carries no
 * personal data, also when its event is published again. Field reports, walk points and
 * registrations and logged contacts are shown in their own modules' tests.
 */
@IntegrationTest
class RegistrationOfSubmissionsTest {

  @Autowired ApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired PlaceCategories categories;
  @Autowired ReportPlace reportPlace;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired Dialogues dialogues;
  @Autowired ChooseVotingSteps chooseSteps;
  @Autowired SubmitStatement submitStatement;
  @Autowired ProposeTopic proposeTopic;
  @Autowired ReportAccessibilityProblem reportAccessibilityProblem;
  @Autowired PersonalDataScreener screener;
  @Autowired Registry registry;

  MunicipalityId m;
  RegistrationProbe probe;

  @BeforeEach
  void setUp() {
    m = municipalities.resolve("localhost").id();
    probe = new RegistrationProbe(context);
  }

  @Test
  void aPlaceReportIsRegisteredOnceTitledByItsCategory() {
    String description = "Trasig lampa " + PlaceMother.unique() + " vid Storgatan 12";
    ReportPlace.Receipt receipt =
        reportPlace.report(
            m, PlaceMother.report(PlaceMother.category(categories, m, "LIGHTING"), description));

    RegistrationEntry entry = probe.awaitEntry(m, RecordKind.PLACE_REPORT, receipt.id().value());

    assertThat(entry.title()).startsWith("Platsrapport: ").doesNotContain("Storgatan");
    assertThat(entry.organisationId()).isNull();
    assertThat(entry.diarienummer()).isNull();
    probe.assertRegisteredOnceWhenRepublished(
        entry,
        new PlaceReportSubmitted(m, receipt.id().value(), "Belysning", null, entry.registeredAt()));
  }

  @Test
  void aResidentsStatementIsRegisteredOnce() {
    Dialogue dialogue =
        OpinionMother.openDialogue(
            m, organisations, createDialogue, dialogues, chooseSteps, "Registrering");
    StatementId id =
        submitStatement.submit(
            m, dialogue, OpinionConversations.newPseudonym(), "Fler vuxna på stan på kvällarna");

    RegistrationEntry entry = probe.awaitEntry(m, RecordKind.STATEMENT, id.value());

    assertThat(entry.title()).isEqualTo("Påstående i dialog");
    probe.assertRegisteredOnceWhenRepublished(
        entry, new StatementSubmitted(m, dialogue.id(), id, OffsetDateTime.now()));
  }

  @Test
  void aTopicProposedByAResidentIsRegisteredOnce() {
    UUID id =
        proposeTopic.propose(
            m,
            new ProposeTopic.Command(
                new ScreenedText(screener.screen("Mörkt vid skolan " + PlaceMother.unique())),
                new ScreenedText(screener.screen("Lamporna är trasiga sedan i höstas.")),
                null,
                null),
            Locale.forLanguageTag("sv"));

    RegistrationEntry entry = probe.awaitEntry(m, RecordKind.TOPIC, id);

    assertThat(entry.title()).doesNotContain("skolan");
    probe.assertRegisteredOnceWhenRepublished(
        entry, new TopicProposed(m, id, OffsetDateTime.now()));
  }

  @Test
  void anAccessibilityProblemReportIsRegisteredOnce() {
    AccessibilityReport report =
        reportAccessibilityProblem.report(
            m,
            new ReportAccessibilityProblem.Input(
                "/karta", "Kartan går inte att använda med tangentbord", "lisa@example.se"));

    RegistrationEntry entry = probe.awaitEntry(m, RecordKind.ACCESSIBILITY_REPORT, report.id());

    assertThat(entry.title()).doesNotContain("lisa").doesNotContain("Kartan");
    probe.assertRegisteredOnceWhenRepublished(
        entry, new AccessibilityProblemReported(m, report.id(), OffsetDateTime.now()));
  }

  @Test
  void aPlaceReportIsOwnedByTheOrganisationItIsRoutedTo(
      @Autowired PlaceRouting routing,
      @Autowired ModerationQueue queue,
      @Autowired ApproveContent approve,
      @Autowired StaffAccounts accounts) {
    UUID category = PlaceMother.category(categories, m, "LIGHTING");
    Organisation owner =
        organisations.register(
            m, "Ägare " + PlaceMother.unique(), OrganisationKind.DEPARTMENT, null);
    routing.addRoute(m, category, owner.id());
    String text = "Mörk gångväg " + PlaceMother.unique();
    ReportPlace.Receipt receipt = reportPlace.report(m, PlaceMother.report(category, text));
    RegistrationEntry before = probe.awaitEntry(m, RecordKind.PLACE_REPORT, receipt.id().value());
    StaffPrincipal moderator =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Mona Registrering", Role.MODERATOR));

    PlaceMother.approve(queue, approve, m, receipt, text, moderator);

    RegistrationEntry routed =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> registry.find(m, RecordKind.PLACE_REPORT, receipt.id().value().toString()),
                e -> e.isPresent() && e.get().organisationId() != null)
            .orElseThrow();
    assertThat(routing.routes(m, category)).contains(routed.organisationId());
    assertThat(routed.id()).isEqualTo(before.id());
    assertThat(routed.title()).isEqualTo(before.title());
  }
}
