package se.trygghetsdialog.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.feedback.FollowerMailbox;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

@IntegrationTest
class MeasureIntegrationTest {

  static final Pattern PRIVATE_LINK = Pattern.compile("(/du-sa-vi-gjorde/[A-Za-z0-9_-]{43})");

  @Autowired MockMvc mvc;
  @Autowired WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired CreateDialogue createDialogue;
  @Autowired ProposeMeasure proposeMeasure;
  @Autowired LinkInput linkInput;
  @Autowired RecordDecision recordDecision;
  @Autowired ChangeMeasureStatus changeStatus;
  @Autowired Measures measures;
  @Autowired WhatBecameOf whatBecameOf;
  @Autowired SendMeasureDigests digests;
  @Autowired AssignResponseTask assignTask;
  @Autowired EscalateOverdueResponseTasks escalation;

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
    return proposeMeasure.propose(municipality, MeasureMother.proposal(title, inputs), actor);
  }

  MeasureId proposeForDialogue(String title) {
    return propose(title, List.of(InputRef.dialogue(dialogue.value())));
  }

  Measure measure(MeasureId id) {
    return measures.find(municipality, id).orElseThrow();
  }

  DecisionRecorded decide(MeasureId id, DecisionOutcome outcome) {
    return recordDecision.record(
        municipality,
        id,
        MeasureMother.decision(measure(id).version(), outcome, "Deltagarna prioriterade detta."),
        actor);
  }

  static String violation(Runnable action) {
    try {
      action.run();
    } catch (MeasureRuleViolation | StaleForm v) {
      return v.messageKey();
    }
    throw new AssertionError("no violation");
  }

  @Nested
  class Linking {

    @Test
    void linksAMeasureToADialogueWithTheDialogueTitleAsLabel() {
      MeasureId id = proposeForDialogue("Belysning i parken");
      assertThat(measures.links(municipality, id))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.input()).isEqualTo(InputRef.dialogue(dialogue.value()));
                assertThat(l.label()).isEqualTo(dialogueTitle);
              });
      assertThat(measures.linkedTo(municipality, InputRef.dialogue(dialogue.value())))
          .extracting(v -> v.measure().title())
          .containsExactly("Belysning i parken");
    }

    @Test
    void linkingTwiceKeepsOneLink() {
      MeasureId id = proposeForDialogue("Parkvärdar");
      assertThat(linkInput.link(municipality, id, InputRef.dialogue(dialogue.value()), actor))
          .isFalse();
      assertThat(measures.links(municipality, id)).hasSize(1);
    }

    @Test
    void refusesAnInputTypeNoModuleResolvesAndSavesNothing() {
      String title = "Ogiltig länk " + UUID.randomUUID();
      assertThat(
              violation(
                  () -> propose(title, List.of(new InputRef("NO_SUCH_TYPE", UUID.randomUUID())))))
          .isEqualTo("measure.error.link.unknownType");
      assertThat(measures.all(municipality)).noneMatch(m -> m.title().equals(title));
    }

    @Test
    void refusesADialogueThatDoesNotExist() {
      MeasureId id = propose("Utan koppling", List.of());
      assertThat(
              violation(
                  () ->
                      linkInput.link(
                          municipality, id, InputRef.dialogue(UUID.randomUUID()), actor)))
          .isEqualTo("measure.error.link.notFound");
    }

    @Test
    void refusesAMeasureWithoutAnOwner() {
      assertThat(
              violation(
                  () ->
                      proposeMeasure.propose(
                          municipality,
                          new ProposeMeasure.Input(
                              UUID.randomUUID(),
                              MeasureKind.MEASURE,
                              "Ägarlös",
                              "Text",
                              Horizon.LONG_TERM,
                              " ",
                              OwnerKind.OTHER,
                              "",
                              "",
                              null,
                              null,
                              null,
                              List.of()),
                          actor)))
          .isEqualTo("measure.error.owner.required");
    }
  }

  @Autowired se.trygghetsdialog.tenancy.Areas areas;

  @Nested
  class PublicPages {

    @Test
    void theAreaPageListsTheMeasuresInTheAreaWithOwnerAndStatus() throws Exception {
      var area = areas.all(municipality).get(0);
      String title = "Trygg skolväg " + UUID.randomUUID().toString().substring(0, 6);
      proposeMeasure.propose(
          municipality,
          new ProposeMeasure.Input(
              UUID.randomUUID(),
              MeasureKind.COMMITMENT,
              title,
              "Föräldrar går med barnen.",
              Horizon.LONG_TERM,
              "Föräldraföreningen",
              OwnerKind.ASSOCIATION,
              "",
              "",
              MeasureType.SOCIAL,
              area.id(),
              null,
              List.of(InputRef.dialogue(dialogue.value()))),
          actor);
      mvc.perform(get("/omraden/" + area.id() + "/atgarder"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(title)))
          .andExpect(content().string(containsString("Föräldraföreningen")))
          .andExpect(content().string(containsString("Föreslagen")));
    }

    @Test
    void theDemoPromiseShowsThe2021FocusAreasAndItsEvidence() throws Exception {
      mvc.perform(get("/medborgarloften"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Brottsaktiva personer och välfärdsbrott")))
          .andExpect(content().string(containsString("Trygghet i Lysekils kommun")));
    }

    @Test
    void anUnknownAreaOrDialogueGives404() throws Exception {
      mvc.perform(get("/omraden/" + UUID.randomUUID() + "/atgarder"))
          .andExpect(status().isNotFound());
      mvc.perform(get("/dialoger/" + UUID.randomUUID() + "/atgarder"))
          .andExpect(status().isNotFound());
    }
  }

  @Nested
  class DecisionsAndStatus {

    @Test
    void approvalMakesTheProposalDecidedAndShowsOnThePublicPage() throws Exception {
      MeasureId id = proposeForDialogue("Öppna spontanidrottsarenan");
      decide(id, DecisionOutcome.APPROVED);
      assertThat(measure(id).status()).isEqualTo(MeasureStatus.DECIDED);
      assertThat(whatBecameOf.forInput(municipality, InputRef.dialogue(dialogue.value())))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.decisionOutcome()).isEqualTo(DecisionOutcome.APPROVED);
                assertThat(s.decisionBody()).isEqualTo("Kommunstyrelsen");
              });
      mvc.perform(get("/dialoger/" + dialogue + "/atgarder"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Öppna spontanidrottsarenan")))
          .andExpect(content().string(containsString("Bifall")))
          .andExpect(content().string(containsString("KS 2026/12")));
    }

    @Test
    void rejectionClosesTheProposal() {
      MeasureId id = proposeForDialogue("Kameror överallt");
      decide(id, DecisionOutcome.REJECTED);
      assertThat(measure(id).status()).isEqualTo(MeasureStatus.CLOSED_WITHOUT_ACTION);
    }

    @Test
    void aDecisionWithoutABodyIsRefusedAndNothingIsSaved() {
      MeasureId id = proposeForDialogue("Utan organ");
      Measure before = measure(id);
      assertThat(
              violation(
                  () ->
                      recordDecision.record(
                          municipality,
                          id,
                          new RecordDecision.Input(
                              before.version(),
                              "",
                              LocalDate.now(),
                              "",
                              "",
                              DecisionOutcome.APPROVED,
                              "Skäl"),
                          actor)))
          .isEqualTo("measure.error.decision.body.required");
      assertThat(measure(id)).isEqualTo(before);
      assertThat(measures.view(municipality, id).orElseThrow().decisions()).isEmpty();
    }

    @Test
    void aStaleDecisionFormIsRefused() {
      MeasureId id = proposeForDialogue("Dubbelklick");
      int version = measure(id).version();
      decide(id, DecisionOutcome.APPROVED);
      assertThat(
              violation(
                  () ->
                      recordDecision.record(
                          municipality,
                          id,
                          new RecordDecision.Input(
                              version,
                              "KS",
                              LocalDate.now(),
                              "",
                              "",
                              DecisionOutcome.APPROVED,
                              "Skäl"),
                          actor)))
          .isEqualTo("measure.error.stale");
      assertThat(measures.view(municipality, id).orElseThrow().decisions()).hasSize(1);
    }

    @Test
    void doneBeforeDecidedIsRefusedWithAClearError() throws Exception {
      MeasureId id = proposeForDialogue("Hoppa över beslutet");
      MockHttpSession session = signIn();
      staffMvc
          .perform(
              post("/personal/atgarder/" + id + "/status")
                  .session(session)
                  .with(csrf())
                  .param("version", String.valueOf(measure(id).version()))
                  .param("target", "DONE")
                  .param("note", "Klart"))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("govuk-error-summary")))
          .andExpect(content().string(containsString("går inte att välja nu")));
      assertThat(measure(id).status()).isEqualTo(MeasureStatus.PROPOSED);
    }

    @Test
    void aDecidedMeasureMovesThroughProgressToDoneWithATimeline() {
      MeasureId id = proposeForDialogue("Fler vuxna på stan");
      decide(id, DecisionOutcome.PARTLY_APPROVED);
      changeStatus.change(
          municipality, id, measure(id).version(), MeasureStatus.IN_PROGRESS, "Start", actor);
      changeStatus.change(
          municipality, id, measure(id).version(), MeasureStatus.DONE, "Klart", actor);
      assertThat(measures.view(municipality, id).orElseThrow().timeline())
          .extracting(ProgressUpdate::status)
          .containsExactly(MeasureStatus.DECIDED, MeasureStatus.IN_PROGRESS, MeasureStatus.DONE);
    }
  }

  MockMvc staffMvc;

  MockHttpSession signIn() throws Exception {
    staffMvc = StaffSessions.mockMvc(context);
    return StaffSessions.signIn(staffMvc, leader.email(), StaffMotherPassword.PASSWORD);
  }

  /** The demo password every test account gets. */
  static final class StaffMotherPassword {
    static final String PASSWORD = "Trygghet2026!";
  }

  @Nested
  class Notifications {

    String follower() throws Exception {
      String email = "boende-" + UUID.randomUUID() + "@example.se";
      ThreadLocalRandom random = ThreadLocalRandom.current();
      String address =
          "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
      mvc.perform(
              post("/dialoger/" + dialogue + "/folj")
                  .with(csrf())
                  .with(
                      r -> {
                        r.setRemoteAddr(address);
                        return r;
                      })
                  .param("email", email)
                  .param("consent", "yes")
                  .param("website", ""))
          .andExpect(status().is3xxRedirection());
      var mail = FollowerMailbox.await(email, "Bekräfta att du vill följa dialogen");
      String path = FollowerMailbox.linkPath(FollowerMailbox.CONFIRM_LINK, mail);
      mvc.perform(post(path).with(csrf())).andExpect(status().is3xxRedirection());
      return email;
    }

    void awaitWaiting(String email) {
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(() -> assertThat(digests.waitingFor(municipality, email)).isPositive());
    }

    @Test
    void aFollowerGetsOneDigestADayWithTheDecisionAndAPrivateLink() throws Exception {
      String email = follower();
      MeasureId id = proposeForDialogue("Sommarjobb för alla unga");
      decide(id, DecisionOutcome.APPROVED);
      awaitWaiting(email);
      digests.sendDigests();

      var digest = FollowerMailbox.await(email, "Nytt om det du har bidragit med");
      assertThat(digest.body())
          .contains("Sommarjobb för alla unga", "Bifall", "Kommunstyrelsen")
          .contains("/folj/avsluta/");
      Matcher link = PRIVATE_LINK.matcher(digest.body());
      assertThat(link.find()).isTrue();
      mvc.perform(get(link.group(1)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Du sa – vi gjorde")))
          .andExpect(content().string(containsString("Sommarjobb för alla unga")))
          .andExpect(content().string(containsString("Deltagarna prioriterade detta.")));

      // A status change the same day waits for tomorrow's digest.
      changeStatus.change(
          municipality, id, measure(id).version(), MeasureStatus.IN_PROGRESS, "Igång", actor);
      awaitWaiting(email);
      digests.sendDigests();
      await()
          .during(Duration.ofSeconds(1))
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () ->
                  assertThat(
                          TestMailServer.received().stream()
                              .filter(
                                  m -> m.to().contains(email) && m.subject().contains("Nytt om"))
                              .count())
                      .isEqualTo(1));
      assertThat(digests.waitingFor(municipality, email)).isEqualTo(1);

      // The next day it goes out.
      digests.sendDigests(LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).plusDays(1));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  TestMailServer.received().stream()
                          .filter(m -> m.to().contains(email) && m.subject().contains("Nytt om"))
                          .count()
                      >= 2);
      var second =
          TestMailServer.received().stream()
              .filter(m -> m.to().contains(email) && m.subject().contains("Nytt om"))
              .toList();
      assertThat(second).hasSize(2);
      assertThat(FollowerMailbox.await(email, "Nytt om").body()).contains("Pågår", "Igång");
      assertThat(digests.waitingFor(municipality, email)).isZero();
    }

    @Test
    void anUnknownPrivateLinkShowsAClearPageAnd404() throws Exception {
      mvc.perform(get("/du-sa-vi-gjorde/" + "x".repeat(43)))
          .andExpect(status().isNotFound())
          .andExpect(content().string(containsString("Länken fungerar inte")));
    }
  }

  @Autowired ChangePromiseStatus changePromiseStatus;
  @Autowired Promises promises;
  @Autowired RecordPromise recordPromise;

  @Nested
  class CitizenPromises {

    @Test
    void anUnknownStatusIsRefusedOnThatPromisesOwnField() throws Exception {
      UUID id =
          recordPromise.record(
              municipality,
              new RecordPromise.Input(
                  UUID.randomUUID(),
                  PromiseParty.BOTH,
                  "Belysning " + UUID.randomUUID().toString().substring(0, 6),
                  LocalDate.of(2026, 1, 1),
                  LocalDate.of(2026, 12, 31),
                  "Vi lagar lamporna.",
                  PromiseStatus.PLANNED,
                  "",
                  List.of(),
                  List.of()),
              actor);
      MockHttpSession session = signIn();
      staffMvc
          .perform(
              post("/personal/atgarder/medborgarloften/" + id + "/status")
                  .session(session)
                  .with(csrf())
                  .param("version", "0")
                  .param("status-" + id, "FORGOTTEN"))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("id=\"status-" + id + "-error\"")));
      assertThat(promises.all(municipality).stream().filter(p -> p.id().equals(id)))
          .extracting(CitizenPromise::status)
          .containsExactly(PromiseStatus.PLANNED);
    }

    @Test
    void aPromiseRestsOnItsEvidenceAndItsStatusChangesOnceFromAForm() throws Exception {
      MeasureId activity = proposeForDialogue("Trygghetsvandringar");
      String focus = "Kommunikation " + UUID.randomUUID().toString().substring(0, 6);
      UUID id =
          recordPromise.record(
              municipality,
              new RecordPromise.Input(
                  UUID.randomUUID(),
                  PromiseParty.BOTH,
                  focus,
                  LocalDate.of(2026, 1, 1),
                  LocalDate.of(2026, 12, 31),
                  "Vi berättar varje månad vad vi gör.",
                  PromiseStatus.PLANNED,
                  "Trygghetsmätningen 2025",
                  List.of(activity),
                  List.of(InputRef.dialogue(dialogue.value()))),
              actor);
      CitizenPromise promise =
          promises.all(municipality).stream()
              .filter(p -> p.id().equals(id))
              .findFirst()
              .orElseThrow();
      assertThat(promise.activities())
          .extracting(Measure::title)
          .containsExactly("Trygghetsvandringar");
      assertThat(promise.evidenceLinks())
          .extracting(MeasureLink::label)
          .containsExactly(dialogueTitle);

      MockHttpSession session = signIn();
      staffMvc
          .perform(
              post("/personal/atgarder/medborgarloften/" + id + "/status")
                  .session(session)
                  .with(csrf())
                  .param("version", String.valueOf(promise.version()))
                  .param("status-" + id, "ACTIVE"))
          .andExpect(status().is3xxRedirection());
      staffMvc
          .perform(
              post("/personal/atgarder/medborgarloften/" + id + "/status")
                  .session(session)
                  .with(csrf())
                  .param("version", String.valueOf(promise.version()))
                  .param("status-" + id, "FULFILLED"))
          .andExpect(status().isConflict());
      assertThat(
              promises.all(municipality).stream()
                  .filter(p -> p.id().equals(id))
                  .findFirst()
                  .orElseThrow()
                  .status())
          .isEqualTo(PromiseStatus.ACTIVE);
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
      assertThat(
              violation(
                  () ->
                      recordPromise.record(
                          municipality,
                          new RecordPromise.Input(
                              UUID.randomUUID(),
                              PromiseParty.POLICE,
                              "Fokus",
                              LocalDate.of(2026, 6, 1),
                              LocalDate.of(2026, 1, 1),
                              "Löfte",
                              null,
                              "",
                              List.of(),
                              List.of()),
                          actor)))
          .isEqualTo("measure.error.promise.period.order");
    }
  }

  @Nested
  class ResponseTasks {

    @Test
    void anOverdueTaskIsEscalatedOnceToTheSafetyCoordinatorsAndListedAsOverdue() throws Exception {
      StaffMember coordinator =
          StaffMother.staff(
              municipalities, accounts, "Tove Trygghetssamordnare", Role.SAFETY_COORDINATOR);
      String recipient = "Socialnämnden " + UUID.randomUUID().toString().substring(0, 6);
      assignTask.assign(
          municipality,
          new AssignResponseTask.Input(
              UUID.randomUUID(),
              null,
              recipient,
              "Svara på förslagen från dialogen",
              LocalDate.now().minusDays(2)),
          actor);
      assertThat(escalation.escalateOverdue()).isPositive();
      TestMailServer.awaitMail(coordinator.email(), "Försenat svar: " + recipient);
      escalation.escalateOverdue();
      await()
          .during(Duration.ofSeconds(1))
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () ->
                  assertThat(
                          TestMailServer.received().stream()
                              .filter(
                                  m ->
                                      m.to().contains(coordinator.email())
                                          && m.subject().contains(recipient))
                              .count())
                      .isEqualTo(1));

      MockHttpSession session = signIn();
      staffMvc
          .perform(get("/personal/svarsuppgifter").session(session))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(recipient)))
          .andExpect(content().string(containsString("Försenad")));
    }
  }
}
