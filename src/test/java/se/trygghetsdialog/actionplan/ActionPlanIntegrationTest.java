package se.trygghetsdialog.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.ChangeMeasureStatus;
import se.trygghetsdialog.measure.Horizon;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureKind;
import se.trygghetsdialog.measure.MeasureType;
import se.trygghetsdialog.measure.OwnerKind;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/** Adopted versions of the åtgärdsplan: the rules, earlier versions and the tagged PDF. */
@IntegrationTest
class ActionPlanIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired CreateDialogue createDialogue;
  @Autowired ProposeMeasure proposeMeasure;
  @Autowired ChangeMeasureStatus changeStatus;
  @Autowired AdoptActionPlan adoptPlan;
  @Autowired ActionPlans plans;

  MunicipalityId municipality;
  DialogueId dialogue;
  String dialogueTitle;
  StaffMember leader;
  StaffPrincipal actor;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    String unique = StaffMother.uniqueWord();
    leader = StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER);
    actor = accounts.actingAs(leader);
    dialogueTitle = "Trygg park " + unique;
    dialogue =
        createDialogue.create(
            municipality,
            new CreateDialogue.Input(
                UUID.randomUUID(),
                dialogueTitle,
                "Hur blir parken tryggare?",
                null,
                TopicOrigin.ELECTED_OFFICIAL,
                "",
                StaffMother.politicalBody(municipalities, organisations).id(),
                LocalDate.now(),
                "§ 1",
                "KS 2026/" + unique),
            actor);
  }

  MeasureId propose(String title, List<InputRef> inputs) {
    return proposeMeasure.propose(
        municipality,
        new ProposeMeasure.Input(
            UUID.randomUUID(),
            MeasureKind.PROPOSAL,
            title,
            "Beskrivning av " + title,
            Horizon.SHORT_TERM,
            "Lysekils kommun",
            OwnerKind.MUNICIPALITY,
            "Trygghetssamordnaren",
            "Ökad trygghet",
            MeasureType.SITUATIONAL,
            null,
            LocalDate.now().plusMonths(6),
            inputs),
        actor);
  }

  MeasureId proposeForDialogue(String title) {
    return propose(title, List.of(InputRef.dialogue(dialogue.value())));
  }

  static String violation(Runnable action) {
    try {
      action.run();
    } catch (ActionPlanRuleViolation v) {
      return v.messageKey();
    }
    throw new AssertionError("no violation");
  }

  @Test
  void refusesAnAdoptionDateInTheFutureAndAdoptsNothing() {
    MeasureId linked = proposeForDialogue("Belysning vid skolan");
    int next = plans.nextVersionNumber(municipality);
    assertThat(
            violation(
                () ->
                    adoptPlan.adopt(
                        municipality,
                        new AdoptActionPlan.Input(
                            next,
                            "Plan",
                            "",
                            "Kommunfullmäktige",
                            LocalDate.now().plusDays(10),
                            "§ 1",
                            "KS 1",
                            List.of(linked)),
                        actor)))
        .isEqualTo("measure.error.decision.date.future");
    assertThat(plans.nextVersionNumber(municipality)).isEqualTo(next);
  }

  @Test
  void refusesAMeasureWithoutALinkedProblemAndAdoptsNothing() {
    MeasureId unlinked = propose("Olänkad åtgärd", List.of());
    int next = plans.nextVersionNumber(municipality);
    assertThat(
            violation(
                () ->
                    adoptPlan.adopt(
                        municipality,
                        new AdoptActionPlan.Input(
                            next,
                            "Plan",
                            "",
                            "Kommunfullmäktige",
                            LocalDate.now(),
                            "§ 1",
                            "KS 1",
                            List.of(unlinked)),
                        actor)))
        .isEqualTo("measure.error.plan.noProblem");
    assertThat(plans.nextVersionNumber(municipality)).isEqualTo(next);
  }

  @Test
  void anAdoptedVersionStaysReadableAfterTheNextAndExportsATaggedSwedishPdf() throws Exception {
    MeasureId first = proposeForDialogue("Belysning på torget");
    int next = plans.nextVersionNumber(municipality);
    adoptPlan.adopt(
        municipality,
        new AdoptActionPlan.Input(
            next,
            "Åtgärdsplan " + next,
            "Inledning",
            "Kommunfullmäktige",
            LocalDate.now(),
            "§ 9",
            "KS 2026/9",
            List.of(first)),
        actor);
    changeStatus.reportProgress(municipality, first, "Lamporna är beställda", actor);
    MeasureId second = proposeForDialogue("Trygghetsvandring i hamnen");
    adoptPlan.adopt(
        municipality,
        new AdoptActionPlan.Input(
            next + 1,
            "Åtgärdsplan " + (next + 1),
            "",
            "Kommunfullmäktige",
            LocalDate.now(),
            "§ 10",
            "KS 2026/10",
            List.of(first, second)),
        actor);

    assertThat(plans.version(municipality, next).orElseThrow().items())
        .extracting(ActionPlanItem::title)
        .containsExactly("Belysning på torget");
    assertThat(plans.current(municipality).orElseThrow().versionNumber()).isEqualTo(next + 1);
    mvc.perform(get("/atgardsplan/version/" + next))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("tidigare version")))
        .andExpect(content().string(containsString(dialogueTitle)));

    byte[] pdf =
        mvc.perform(get("/atgardsplan/version/" + next + "/atgardsplan.pdf"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var catalog = document.getDocumentCatalog();
      assertThat(catalog.getMarkInfo()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
      assertThat(catalog.getLanguage()).isEqualTo("sv-SE");
      assertThat(document.getDocumentInformation().getTitle()).contains("Åtgärdsplan " + next);
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(catalog.getMetadata()).isNotNull();
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Belysning på torget", "Kommunfullmäktige", dialogueTitle);
    }
  }
}
