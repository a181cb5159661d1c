package se.trygghetsdialog.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.ParticipationLadder;

@IntegrationTest
class DialogueIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired ParticipationLadder ladder;
  @Autowired CreateDialogue createDialogue;
  @Autowired FillCharter fillCharter;
  @Autowired ChangeStep changeStep;
  @Autowired ManageTeam manageTeam;
  @Autowired Dialogues dialogues;
  @Autowired MockMvc mvc;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  MunicipalityId municipality;
  Organisation body;
  StaffPrincipal leader;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    body = StaffMother.politicalBody(municipalities, organisations);
    StaffMember member =
        StaffMother.staff(municipalities, accounts, "Pia Ledare", Role.PROCESS_LEADER);
    leader = accounts.actingAs(member);
  }

  CreateDialogue.Input input(UUID token) {
    return new CreateDialogue.Input(
        token,
        "Trygg hamn",
        "Om hamnen",
        null,
        TopicOrigin.OFFICIAL,
        "",
        body.id(),
        LocalDate.of(2026, 1, 10),
        "§ 7",
        "KS 2026/7");
  }

  @Nested
  class Creating {

    @Test
    void aRepeatedSubmitCreatesTheDialogueOnlyOnce() {
      UUID token = UUID.randomUUID();
      DialogueId first = createDialogue.create(municipality, input(token), leader);
      DialogueId second = createDialogue.create(municipality, input(token), leader);
      assertThat(second).isEqualTo(first);
    }

    @Test
    void startsInPreparationWithTheCreatorAsProcessLeader() {
      DialogueId id = createDialogue.create(municipality, input(UUID.randomUUID()), leader);
      Dialogue dialogue = dialogues.find(municipality, id).orElseThrow();
      assertThat(dialogue.step()).isEqualTo(DialogueStep.PREPARATION);
      assertThat(dialogues.team(municipality, id))
          .extracting(TeamMember::accountId, TeamMember::role)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(leader.accountId(), TeamRole.PROCESS_LEADER));
    }

    @Test
    void theTeamNamesItsMembersByRoleThenByName() {
      DialogueId id = createDialogue.create(municipality, input(UUID.randomUUID()), leader);
      StaffMember oskar =
          StaffMother.staff(municipalities, accounts, "Oskar Samtal", Role.CONVERSATION_LEADER);
      StaffMember anna =
          StaffMother.staff(municipalities, accounts, "Anna Samtal", Role.CONVERSATION_LEADER);
      manageTeam.appoint(municipality, id, oskar.id(), TeamRole.CONVERSATION_LEADER);
      manageTeam.appoint(municipality, id, anna.id(), TeamRole.CONVERSATION_LEADER);

      assertThat(dialogues.team(municipality, id))
          .extracting(TeamMember::displayName, TeamMember::role)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Anna Samtal", TeamRole.CONVERSATION_LEADER),
              org.assertj.core.groups.Tuple.tuple("Oskar Samtal", TeamRole.CONVERSATION_LEADER),
              org.assertj.core.groups.Tuple.tuple("Pia Ledare", TeamRole.PROCESS_LEADER));
    }

    @Test
    void rejectsADecisionByABodyThatIsNotPolitical() {
      Organisation department =
          organisations.register(
              municipality,
              "Avdelning " + UUID.randomUUID(),
              se.trygghetsdialog.tenancy.OrganisationKind.DEPARTMENT,
              null);
      CreateDialogue.Input byDepartment =
          new CreateDialogue.Input(
              UUID.randomUUID(),
              "T",
              "S",
              null,
              TopicOrigin.OFFICIAL,
              "",
              department.id(),
              LocalDate.of(2026, 1, 10),
              "§ 1",
              "KS 1");
      assertThatThrownBy(() -> createDialogue.create(municipality, byDepartment, leader))
          .hasMessage("dialogue.error.body.invalid");
    }

    @Test
    void requiresTheReferenceOfACitizenProposal() {
      CreateDialogue.Input citizen =
          new CreateDialogue.Input(
              UUID.randomUUID(),
              "T",
              "S",
              null,
              TopicOrigin.CITIZEN_PROPOSAL,
              " ",
              body.id(),
              LocalDate.of(2026, 1, 10),
              "§ 1",
              "KS 1");
      assertThatThrownBy(() -> createDialogue.create(municipality, citizen, leader))
          .hasMessage("dialogue.error.originReference.required");
    }
  }

  @Nested
  class ChangingStep {

    DialogueId prepared() {
      DialogueId id = createDialogue.create(municipality, input(UUID.randomUUID()), leader);
      Charter charter =
          new Charter(
              "inflytande",
              "underlag",
              "",
              true,
              "",
              ladder.levels(municipality).get(1).id(),
              ConflictLevel.LOW,
              "",
              "alla",
              "unga",
              "rapport",
              "",
              "bakgrund",
              50_000L,
              200,
              LocalDate.of(2026, 9, 1),
              LocalDate.of(2027, 6, 30),
              "trygghetsgruppen",
              "intervjuer i höst");
      fillCharter.fill(
          municipality,
          id,
          dialogues.find(municipality, id).orElseThrow().version(),
          charter,
          leader);
      return id;
    }

    @Test
    void anInformationActivityPromisesTheInformationLevelAndNoHigher() {
      DialogueId id = createDialogue.create(municipality, input(UUID.randomUUID()), leader);
      java.util.function.Function<UUID, Charter> informationOnlyAt =
          level ->
              new Charter(
                  "information",
                  "underlag",
                  "",
                  false,
                  "Beslutet är fattat.",
                  level,
                  ConflictLevel.LOW,
                  "",
                  "alla",
                  "unga",
                  "rapport",
                  "",
                  "",
                  null,
                  null,
                  null,
                  null,
                  "",
                  "");
      assertThatThrownBy(
              () ->
                  fillCharter.fill(
                      municipality,
                      id,
                      dialogues.find(municipality, id).orElseThrow().version(),
                      informationOnlyAt.apply(ladder.levels(municipality).get(1).id()),
                      leader))
          .isInstanceOf(DialogueRuleViolation.class)
          .hasFieldOrPropertyWithValue("messageKey", "dialogue.error.level.informationOnly");
      UUID information = ladder.levels(municipality).get(0).id();
      fillCharter.fill(
          municipality,
          id,
          dialogues.find(municipality, id).orElseThrow().version(),
          informationOnlyAt.apply(information),
          leader);
      assertThat(dialogues.find(municipality, id).orElseThrow().charter().participationLevelId())
          .isEqualTo(information);
    }

    @Test
    void publishesTheFeedbackInTheHistory() {
      DialogueId id = prepared();
      int version = dialogues.find(municipality, id).orElseThrow().version();
      changeStep.change(
          municipality, id, version, DialogueStep.PERSPECTIVES, "Nu börjar intervjuerna.", leader);
      assertThat(dialogues.find(municipality, id).orElseThrow().step())
          .isEqualTo(DialogueStep.PERSPECTIVES);
      assertThat(dialogues.history(municipality, id))
          .extracting(StepRecord::to, StepRecord::feedback)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  DialogueStep.PERSPECTIVES, "Nu börjar intervjuerna."));
    }

    @Test
    void aRepeatedSubmitDoesNotMoveTwice() {
      DialogueId id = prepared();
      int version = dialogues.find(municipality, id).orElseThrow().version();
      changeStep.change(municipality, id, version, DialogueStep.PERSPECTIVES, "Första", leader);
      assertThatThrownBy(
              () ->
                  changeStep.change(
                      municipality, id, version, DialogueStep.DIALOGUE, "Andra", leader))
          .hasMessage("dialogue.error.stale");
      assertThat(dialogues.history(municipality, id)).hasSize(1);
    }
  }

  @Nested
  class OverHttp {

    @Test
    void aCharterFormSentAfterSomeoneElseSavedGetsConflictAndKeepsWhatWasTyped() throws Exception {
      DialogueId id = createDialogue.create(municipality, input(UUID.randomUUID()), leader);
      int shown = dialogues.find(municipality, id).orElseThrow().version();
      Charter theirs =
          new Charter(
              "deras syfte",
              "",
              "",
              null,
              "",
              null,
              null,
              "",
              "",
              "",
              "",
              "",
              "",
              null,
              null,
              null,
              null,
              "",
              "");
      fillCharter.fill(municipality, id, shown, theirs, leader);

      String page =
          mvc.perform(
                  post("/personal/dialoger/" + id.value() + "/stadga?lang=sv")
                      .with(user(leader))
                      .with(csrf())
                      .param("version", Integer.toString(shown))
                      .param("purposeInfluence", "Mitt syfte med dialogen"))
              .andExpect(status().isConflict())
              .andReturn()
              .getResponse()
              .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(page)
          .contains("govuk-error-summary")
          .contains("Dialogen har ändrats sedan du öppnade sidan")
          .contains("Mitt syfte med dialogen");
      assertThat(dialogues.find(municipality, id).orElseThrow().charter().purposeInfluence())
          .isEqualTo("deras syfte");
    }

    @Test
    void theTeamPickerOffersOnlyPeopleNotYetInTheTeam() throws Exception {
      StaffMember other =
          StaffMother.staff(
              municipalities, accounts, "Sam Samtalsledare", Role.CONVERSATION_LEADER);
      DialogueId id = createDialogue.create(municipality, input(UUID.randomUUID()), leader);
      String page =
          mvc.perform(get("/personal/dialoger/" + id.value() + "/team").with(user(leader)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(page)
          .contains("value=\"" + other.id() + "\"")
          .doesNotContain("value=\"" + leader.accountId() + "\"");
    }

    @Test
    void aDialogueStillNamesTheBodyThatDecidedItAfterTheBodyIsArchived() throws Exception {
      String name = "Nedlagd nämnd " + StaffMother.uniqueWord();
      Organisation closed =
          organisations.register(
              municipality, name, se.trygghetsdialog.tenancy.OrganisationKind.COMMITTEE, null);
      CreateDialogue.Input decided = input(UUID.randomUUID());
      DialogueId id =
          createDialogue.create(
              municipality,
              new CreateDialogue.Input(
                  decided.creationToken(),
                  decided.title(),
                  decided.summary(),
                  decided.areaId(),
                  decided.origin(),
                  decided.originReference(),
                  closed.id(),
                  decided.decisionDate(),
                  decided.decisionParagraph(),
                  decided.decisionRegistrationNumber()),
              leader);
      assertThat(organisations.archive(municipality, closed.id(), true)).isTrue();
      String page =
          mvc.perform(get("/dialoger/" + id.value()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(page).contains(name + " (arkiverad)");
    }

    @Test
    void showsAnUnknownDialogueAsNotFound() throws Exception {
      mvc.perform(get("/dialoger/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void answersAMalformedIdWithBadRequest() throws Exception {
      mvc.perform(get("/dialoger/inte-ett-id")).andExpect(status().isBadRequest());
    }

    @Test
    void refusesAFormWithoutCsrfToken() throws Exception {
      mvc.perform(post("/personal/dialoger/ny").with(user(leader)).param("title", "X"))
          .andExpect(status().isForbidden());
    }

    @Test
    void keepsResidentsOutOfStaffPages() throws Exception {
      mvc.perform(get("/personal/dialoger")).andExpect(status().is3xxRedirection());
    }

    @Test
    void rejectsAnOverlongTitleWithAnErrorSummaryAndCreatesNothing() throws Exception {
      int before = dialogues.list(municipality, null, null, 1, 1).total();
      mvc.perform(
              post("/personal/dialoger/ny")
                  .with(user(leader))
                  .with(csrf())
                  .param("creationToken", UUID.randomUUID().toString())
                  .param("title", "x".repeat(151))
                  .param("summary", "Om")
                  .param("origin", "OFFICIAL")
                  .param("decisionBodyId", body.id().toString())
                  .param("decisionDate", "2026-01-10")
                  .param("decisionParagraph", "§ 1")
                  .param("decisionRegistration", "KS 1"))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.containsString("Rubriken får vara högst 150 tecken.")));
      assertThat(dialogues.list(municipality, null, null, 1, 1).total()).isEqualTo(before);
    }

    @Test
    void rejectsAnInvalidDateWithAClearMessage() throws Exception {
      mvc.perform(
              post("/personal/dialoger/ny")
                  .with(user(leader))
                  .with(csrf())
                  .param("title", "T")
                  .param("summary", "S")
                  .param("origin", "OFFICIAL")
                  .param("decisionBodyId", body.id().toString())
                  .param("decisionDate", "2026-02-31")
                  .param("decisionParagraph", "§ 1")
                  .param("decisionRegistration", "KS 1"))
          .andExpect(status().isBadRequest())
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.containsString(
                          "Beslutsdatum måste vara ett riktigt datum")));
    }

    @Test
    void showsErrorPagesInTheVisitorsLanguageWithoutInternals() throws Exception {
      var client = java.net.http.HttpClient.newHttpClient();
      var english =
          client.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(
                          "http://localhost:"
                              + port
                              + "/dialoger/"
                              + UUID.randomUUID()
                              + "?lang=en"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(english.statusCode()).isEqualTo(404);
      assertThat(english.body()).contains("Page not found").contains("lang=\"en\"");
      var swedish =
          client.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create("http://localhost:" + port + "/dialoger/inte-ett-id"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(swedish.statusCode()).isEqualTo(400);
      assertThat(swedish.body()).contains("Något i förfrågan var fel").doesNotContain("Exception");
    }
  }
}
