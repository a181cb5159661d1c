package se.trygghetsdialog.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
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
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.RecordingScreener;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * A resident's statement gets a private receipt link; once approved and linked to a measure, the
 * link's "du sa – vi gjorde" page shows the measure and its decision.
 */
@IntegrationTest
class StatementReceiptIntegrationTest {

  static final Pattern RECEIPT = Pattern.compile("/pastaenden/kvitto/([A-Za-z0-9_-]{43})$");

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired Dialogues dialogues;
  @Autowired ChooseVotingSteps chooseSteps;
  @Autowired SubmitStatement submitStatement;
  @Autowired OpinionConversations conversations;
  @Autowired StaffAccounts accounts;
  @Autowired ModerationQueue queue;
  @Autowired ApproveContent approve;
  @Autowired se.trygghetsdialog.moderation.RejectContent reject;
  @Autowired ProposeMeasure proposeMeasure;
  @Autowired LinkInput linkInput;
  @Autowired RecordDecision recordDecision;
  @Autowired Measures measures;
  @Autowired MockMvc mvc;
  @Autowired RecordingScreener screener;

  MunicipalityId m;
  Dialogue dialogue;
  StaffPrincipal leader;

  @BeforeEach
  void setUp() {
    m = StaffMother.tenant(municipalities).id();
    dialogue =
        OpinionMother.openDialogue(
            m, organisations, createDialogue, dialogues, chooseSteps, "Kvitton");
    leader =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Pia Processledare", Role.PROCESS_LEADER));
  }

  MeasureId propose(String title, List<InputRef> inputs) {
    return proposeMeasure.propose(m, MeasureMother.proposal(title, inputs), leader);
  }

  void approve(StatementId id, String publicText) {
    ModerationItem item = queue.byContent(m, Statement.CONTENT_TYPE, id.value()).orElseThrow();
    var moderator =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR));
    approve.approve(m, item.id(), publicText, moderator);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> conversations.statement(m, id).orElseThrow().shown());
  }

  @Test
  void theReceiptLinkShowsTheMeasuresAndDecisionsTheStatementLedTo() throws Exception {
    var sent =
        mvc.perform(
                post("/dialoger/" + dialogue.id() + "/pastaenden/nytt")
                    .param("text", "Ring Kalle på 070-123 45 67, gångtunneln är mörk")
                    .param("sendAnyway", "yes")
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = sent.getResponse().getRedirectedUrl();
    Matcher matcher = RECEIPT.matcher(location);
    assertThat(matcher.find()).as(location).isTrue();
    String token = matcher.group(1);

    mvc.perform(get(location).cookie(sent.getResponse().getCookies()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Din text verkar innehålla personuppgifter")))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(content().string(containsString("/du-sa-vi-gjorde/" + token)))
        .andExpect(content().string(containsString("Spara länken")));

    Statement pending =
        conversations.statements(m, dialogue.id()).stream()
            .filter(s -> s.origin() == StatementOrigin.PARTICIPANT)
            .findFirst()
            .orElseThrow();

    // Before approval: the link works, but the statement cannot be linked to a measure.
    MeasureId measure = propose("Belysning i gångtunneln", List.of());
    InputRef input = new InputRef(InputRef.STATEMENT, pending.id().value());
    assertThatThrownBy(() -> linkInput.link(m, measure, input, leader))
        .isInstanceOfSatisfying(
            MeasureRuleViolation.class,
            e -> assertThat(e.messageKey()).isEqualTo("measure.error.link.notFound"));
    mvc.perform(get("/du-sa-vi-gjorde/" + token))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Kalle"))))
        .andExpect(content().string(not(containsString("Belysning i gångtunneln"))));

    approve(pending.id(), "Gångtunneln vid stationen är mörk");
    assertThat(linkInput.link(m, measure, input, leader)).isTrue();
    assertThat(measures.links(m, measure))
        .singleElement()
        .satisfies(l -> assertThat(l.label()).isEqualTo("Gångtunneln vid stationen är mörk"));
    recordDecision.record(
        m,
        measure,
        MeasureMother.approval(
            measures.find(m, measure).orElseThrow().version(), "Många påpekade tunneln."),
        leader);

    mvc.perform(get("/du-sa-vi-gjorde/" + token))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Belysning i gångtunneln")))
        .andExpect(content().string(containsString("Gångtunneln vid stationen är mörk")))
        .andExpect(content().string(containsString("Kommunstyrelsen")))
        .andExpect(content().string(not(containsString("Kalle"))));
  }

  @Test
  void aRejectedStatementsLinkShowsThatItIsNotPublishedAndTheModeratorsReason() throws Exception {
    String location =
        mvc.perform(
                post("/dialoger/" + dialogue.id() + "/pastaenden/nytt")
                    .param("text", "Grannen på nummer 4 borde flytta")
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    Matcher matcher = RECEIPT.matcher(location);
    assertThat(matcher.find()).as(location).isTrue();
    String token = matcher.group(1);
    Statement pending =
        conversations.statements(m, dialogue.id()).stream()
            .filter(s -> s.origin() == StatementOrigin.PARTICIPANT)
            .filter(s -> !s.shown())
            .reduce((first, second) -> second)
            .orElseThrow();

    mvc.perform(get("/du-sa-vi-gjorde/" + token + "?lang=sv"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("väntar på granskning")))
        .andExpect(content().string(not(containsString("Vi meddelar dig"))));

    ModerationItem item =
        queue.byContent(m, Statement.CONTENT_TYPE, pending.id().value()).orElseThrow();
    var moderator =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR));
    reject.reject(m, item.id(), "Påståendet pekar ut en enskild person.", moderator);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                conversations.statement(m, pending.id()).orElseThrow().visibility()
                    == StatementVisibility.HIDDEN);

    String page =
        mvc.perform(get("/du-sa-vi-gjorde/" + token + "?lang=sv"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Påstående: ditt bidrag")
        .contains("Påståendet publiceras inte.")
        .contains("Påståendet pekar ut en enskild person.")
        .doesNotContain("Grannen på nummer 4")
        .doesNotContain("Vi meddelar dig");
  }

  @Test
  void screensTheResidentsStatementOnceFromTheFormToPublication() throws Exception {
    String marker = "Glasbryggan" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    mvc.perform(
            post("/dialoger/" + dialogue.id() + "/pastaenden/nytt")
                .param("text", "Mörkt vid " + marker + " på kvällen")
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    Statement pending =
        conversations.statements(m, dialogue.id()).stream()
            .filter(s -> s.origin() == StatementOrigin.PARTICIPANT)
            .findFirst()
            .orElseThrow();
    ModerationItem item =
        queue.byContent(m, Statement.CONTENT_TYPE, pending.id().value()).orElseThrow();

    approve(pending.id(), item.originalText());

    assertThat(conversations.statement(m, pending.id()).orElseThrow().text()).contains(marker);
    assertThat(screener.screenings(marker)).isEqualTo(1);
  }

  @Test
  void aPendingStatementCannotBeLinked() {
    StatementId id =
        submitStatement.submit(
            m, dialogue, OpinionConversations.newPseudonym(), "Fler vuxna på stan på kvällen");
    MeasureId measure = propose("Nattvandrare", List.of());
    assertThatThrownBy(
            () -> linkInput.link(m, measure, new InputRef(InputRef.STATEMENT, id.value()), leader))
        .isInstanceOf(MeasureRuleViolation.class);
    assertThat(measures.links(m, measure)).isEmpty();
  }

  @Test
  void anUnknownTokenGives404() throws Exception {
    mvc.perform(get("/du-sa-vi-gjorde/" + "y".repeat(43))).andExpect(status().isNotFound());
    mvc.perform(get("/dialoger/" + dialogue.id() + "/pastaenden/kvitto/" + "y".repeat(43)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aReceiptOnlyOpensUnderItsOwnDialogue() throws Exception {
    SubmitStatement.Receipt receipt =
        submitStatement.submitWithReceipt(
            m, dialogue, OpinionConversations.newPseudonym(), "Mer ljus vid skolan");
    Dialogue other =
        OpinionMother.openDialogue(
            m, organisations, createDialogue, dialogues, chooseSteps, "Annan");
    mvc.perform(get("/dialoger/" + other.id() + "/pastaenden/kvitto/" + receipt.token()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/dialoger/" + dialogue.id() + "/pastaenden/kvitto/" + receipt.token()))
        .andExpect(status().isOk());
  }
}
