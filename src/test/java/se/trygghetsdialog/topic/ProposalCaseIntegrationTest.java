package se.trygghetsdialog.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.AnswerResponseTask;
import se.trygghetsdialog.measure.ResponseTask;
import se.trygghetsdialog.measure.ResponseTasks;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.moderation.ModerationStatus;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * A medborgarförslag's case file over HTTP: registered with a diarienummer, referred to a nämnd
 * through a response task, answered, decided; every step public and mailed to the proposer; bad
 * input refused with a message and nothing stored.
 */
@IntegrationTest
class ProposalCaseIntegrationTest {

  static final Pattern CONFIRM = Pattern.compile("(/amnen/bekrafta/[A-Za-z0-9_-]{43})");

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired MockMvc mvc;
  @Autowired EnterTopic enterTopic;
  @Autowired Topics topics;
  @Autowired ModerationQueue queue;
  @Autowired ApproveContent approve;
  @Autowired ResponseTasks tasks;
  @Autowired AnswerResponseTask answerTask;
  @Autowired AuditLog audit;
  @Autowired PersonalDataScreener screener;
  @Autowired DataSource dataSource;

  MunicipalityId municipality;
  StaffPrincipal coordinator;
  StaffPrincipal moderator;
  Organisation committee;
  Organisation council;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    coordinator =
        accounts.actingAs(
            StaffMother.staff(
                municipalities, accounts, "Tove Samordnare", Role.SAFETY_COORDINATOR));
    moderator =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR));
    committee = StaffMother.politicalBody(municipalities, organisations);
    council =
        organisations.register(
            municipality,
            "Fullmäktige " + StaffMother.uniqueWord(),
            OrganisationKind.COUNCIL,
            null);
  }

  UUID paperProposal(String title) {
    return enterTopic.enter(
        municipality,
        new EnterTopic.Command(
            new ScreenedText(screener.screen(title)),
            new ScreenedText(screener.screen("Lampor längs gångvägen till skolan.")),
            TopicOrigin.CITIZEN_PROPOSAL,
            "Inkommet per post"),
        coordinator);
  }

  MockHttpServletRequestBuilder staffPost(UUID topic, String step, String... fields) {
    MockHttpServletRequestBuilder request =
        post("/personal/amnen/" + topic + "/" + step + "?lang=sv")
            .with(user(coordinator))
            .with(csrf());
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return request;
  }

  String body(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request)
        .andExpect(status().is(status))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  String registration() {
    return "KS 2026/" + StaffMother.uniqueWord();
  }

  int version(UUID topic) {
    return topics.proposalCase(municipality, topic).orElseThrow().version();
  }

  List<String> mailSubjects(String recipient) {
    return JdbcClient.create(dataSource)
        .sql("SELECT subject FROM outbound_mail WHERE recipient = :r ORDER BY created_at")
        .param("r", recipient)
        .query(String.class)
        .list();
  }

  /** A resident's proposal with a confirmed address, approved by a moderator: shown. */
  UUID residentsProposal(String title, String email) throws Exception {
    mvc.perform(
            post("/amnen/foresla?lang=sv")
                .with(csrf())
                .with(
                    r -> {
                      r.setRemoteAddr("10.9." + (int) (Math.random() * 250) + ".7");
                      return r;
                    })
                .param("title", title)
                .param("description", "Gångvägen till skolan är mörk.")
                .param("email", email))
        .andExpect(status().is3xxRedirection());
    String confirmation =
        JdbcClient.create(dataSource)
            .sql("SELECT body FROM outbound_mail WHERE recipient = :r")
            .param("r", email)
            .query(String.class)
            .single();
    Matcher link = CONFIRM.matcher(confirmation);
    assertThat(link.find()).isTrue();
    mvc.perform(post(link.group(1)).with(csrf())).andExpect(status().is2xxSuccessful());
    var item =
        queue.list(municipality, ModerationStatus.PENDING, 1, 500).items().stream()
            .filter(i -> i.originalText().contains(title))
            .findFirst()
            .orElseThrow();
    approve.approve(
        municipality, item.id(), title + "\n\nGångvägen till skolan är mörk.", moderator);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> topics.find(municipality, item.contentId()).orElseThrow().shown());
    return item.contentId();
  }

  @Test
  void aProposalIsRegisteredReferredAnsweredAndDecidedInPublicAndTheProposerIsToldOfEachStep()
      throws Exception {
    String title = "Belys gångvägen " + StaffMother.uniqueWord();
    String email = "forslag-" + StaffMother.uniqueWord() + "@invanare.example";
    UUID topic = residentsProposal(title, email);
    String dnr = registration();

    mvc.perform(staffPost(topic, "diarienummer", "registration", dnr))
        .andExpect(status().is3xxRedirection());
    assertThat(body(get("/amnen/" + topic + "?lang=sv"), 200))
        .contains("Medborgarförslaget")
        .contains(dnr)
        .contains("Inte ännu");

    LocalDate due = LocalDate.now().plusMonths(3);
    mvc.perform(
            staffPost(
                topic,
                "remiss",
                "version",
                String.valueOf(version(topic)),
                "organisationId",
                committee.id().toString(),
                "dueOn",
                due.toString()))
        .andExpect(status().is3xxRedirection());
    ProposalCase referred = topics.proposalCase(municipality, topic).orElseThrow();
    ResponseTask task = tasks.find(municipality, referred.responseTaskId()).orElseThrow();
    assertThat(task.recipient()).isEqualTo(committee.name());
    assertThat(task.subject()).contains(dnr).contains(title);
    assertThat(task.dueOn()).isEqualTo(due);
    assertThat(body(get("/amnen/" + topic + "?lang=sv"), 200)).contains(committee.name());

    answerTask.answer(
        municipality,
        task.id(),
        task.version(),
        "Nämnden föreslår bifall. Kontakta handläggaren på 070-123 45 67.",
        coordinator);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> topics.proposalCase(municipality, topic).orElseThrow().answered());
    assertThat(body(get("/amnen/" + topic + "?lang=sv"), 200))
        .contains("Nämnden föreslår bifall.")
        .doesNotContain("070-123 45 67");

    mvc.perform(
            staffPost(
                topic,
                "forslagsbeslut",
                "version",
                String.valueOf(version(topic)),
                "decisionBodyId",
                council.id().toString(),
                "decisionDate",
                LocalDate.now().toString(),
                "decisionParagraph",
                "§ 45",
                "outcome",
                "APPROVED",
                "reasons",
                "Belysningen ökar tryggheten på vägen till skolan."))
        .andExpect(status().is3xxRedirection());
    assertThat(body(get("/amnen/" + topic + "?lang=sv"), 200))
        .contains("Bifall")
        .contains(council.name())
        .contains("§ 45")
        .contains("Belysningen ökar tryggheten på vägen till skolan.");
    assertThat(body(get("/amnen/" + topic + "?lang=en"), 200))
        .contains("The citizen proposal")
        .contains("Approved");

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(mailSubjects(email))
                    .filteredOn(subject -> subject.startsWith("Medborgarförslaget"))
                    .hasSize(4));
    assertThat(mailSubjects(email))
        .anyMatch(s -> s.contains("registrerat med diarienummer"))
        .anyMatch(s -> s.contains("remitterat till en nämnd"))
        .anyMatch(s -> s.contains("nämnden har svarat"))
        .anyMatch(s -> s.contains("beslut fattat"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                audit.about(municipality, topic.toString()).stream()
                        .map(e -> e.action())
                        .filter(a -> a.startsWith("topic.proposal-"))
                        .distinct()
                        .count()
                    == 4);
  }

  @Test
  void aRegistrationIsRefusedWhenMissingMalformedTakenOrForATopicThatIsNoCitizenProposal()
      throws Exception {
    UUID topic = paperProposal("Trygg busshållplats " + StaffMother.uniqueWord());
    assertThat(body(staffPost(topic, "diarienummer", "registration", ""), 400))
        .contains("Skriv diarienumret.");
    assertThat(body(staffPost(topic, "diarienummer", "registration", "KS <2026>"), 400))
        .contains("Diarienumret får bara innehålla");
    assertThat(body(staffPost(topic, "diarienummer", "registration", "x".repeat(51)), 400))
        .contains("högst 50 tecken");
    String dnr = registration();
    mvc.perform(staffPost(topic, "diarienummer", "registration", dnr))
        .andExpect(status().is3xxRedirection());
    assertThat(body(staffPost(topic, "diarienummer", "registration", registration()), 400))
        .contains("Medborgarförslaget är redan registrerat.");
    assertThat(topics.proposalCase(municipality, topic).orElseThrow().registration())
        .isEqualTo(dnr);

    UUID other = paperProposal("Ljus i parken " + StaffMother.uniqueWord());
    assertThat(body(staffPost(other, "diarienummer", "registration", dnr), 400))
        .contains("Diarienumret används redan");
    assertThat(topics.proposalCase(municipality, other)).isEmpty();

    UUID official =
        enterTopic.enter(
            municipality,
            new EnterTopic.Command(
                new ScreenedText(
                    screener.screen("Tjänstepersoners fråga " + StaffMother.uniqueWord())),
                new ScreenedText(screener.screen("Bakgrund.")),
                TopicOrigin.OFFICIAL,
                ""),
            coordinator);
    assertThat(body(staffPost(official, "diarienummer", "registration", registration()), 400))
        .contains("Bara ett ämne som kommer från ett medborgarförslag");
    assertThat(topics.proposalCase(municipality, official)).isEmpty();
  }

  @Test
  void aReferralAndADecisionRefuseBadInputAndStoreNothing() throws Exception {
    UUID topic = paperProposal("Trafik vid skolan " + StaffMother.uniqueWord());
    assertThat(
            body(
                staffPost(
                    topic,
                    "remiss",
                    "version",
                    "0",
                    "organisationId",
                    committee.id().toString(),
                    "dueOn",
                    LocalDate.now().plusMonths(1).toString()),
                400))
        .contains("Registrera medborgarförslaget med diarienummer först.");
    mvc.perform(staffPost(topic, "diarienummer", "registration", registration()))
        .andExpect(status().is3xxRedirection());
    String v = String.valueOf(version(topic));
    Organisation police =
        organisations.register(
            municipality, "Polisen " + StaffMother.uniqueWord(), OrganisationKind.POLICE, null);
    assertThat(
            body(
                staffPost(
                    topic,
                    "remiss",
                    "version",
                    v,
                    "organisationId",
                    police.id().toString(),
                    "dueOn",
                    LocalDate.now().plusMonths(1).toString()),
                400))
        .contains("Välj en nämnd, kommunstyrelsen eller kommunfullmäktige.");
    assertThat(
            body(
                staffPost(
                    topic,
                    "remiss",
                    "version",
                    v,
                    "organisationId",
                    committee.id().toString(),
                    "dueOn",
                    LocalDate.now().toString()),
                400))
        .contains("Sista dag för svar måste vara efter i dag.");
    assertThat(
            body(
                staffPost(
                    topic,
                    "remiss",
                    "version",
                    v,
                    "organisationId",
                    "inte-ett-id",
                    "dueOn",
                    "31/3"),
                400))
        .contains("Välj en nämnd i listan.")
        .contains("måste vara ett riktigt datum");
    assertThat(topics.proposalCase(municipality, topic).orElseThrow().referred()).isFalse();

    assertThat(
            body(
                staffPost(
                    topic,
                    "forslagsbeslut",
                    "version",
                    v,
                    "decisionBodyId",
                    council.id().toString(),
                    "decisionDate",
                    LocalDate.now().plusDays(3).toString(),
                    "outcome",
                    "REJECTED",
                    "reasons",
                    "Kommunen har inte rådighet."),
                400))
        .contains("Beslutsdatumet kan inte vara i framtiden.");
    assertThat(
            body(
                staffPost(
                    topic,
                    "forslagsbeslut",
                    "version",
                    v,
                    "decisionBodyId",
                    council.id().toString(),
                    "decisionDate",
                    LocalDate.now().toString(),
                    "outcome",
                    "KANSKE",
                    "reasons",
                    "Ring Anna på 070-123 45 67."),
                400))
        .contains("Välj vad beslutet blev.")
        .contains("personuppgifter");
    assertThat(
            body(
                staffPost(
                    topic,
                    "forslagsbeslut",
                    "version",
                    "99",
                    "decisionBodyId",
                    council.id().toString(),
                    "decisionDate",
                    LocalDate.now().toString(),
                    "outcome",
                    "REJECTED",
                    "reasons",
                    "Kommunen har inte rådighet."),
                409))
        .isNotEmpty();
    assertThat(topics.proposalCase(municipality, topic).orElseThrow().decided()).isFalse();

    mvc.perform(
            staffPost(
                topic,
                "forslagsbeslut",
                "version",
                v,
                "decisionBodyId",
                council.id().toString(),
                "decisionDate",
                LocalDate.now().toString(),
                "outcome",
                "REJECTED",
                "reasons",
                "Kommunen har inte rådighet över vägen."))
        .andExpect(status().is3xxRedirection());
    assertThat(body(get("/amnen/" + topic + "?lang=sv"), 200))
        .contains("Avslag")
        .contains("Kommunen har inte rådighet över vägen.")
        .contains("Förslaget remitterades inte.")
        .contains("Inget svar från en nämnd.");
    assertThat(
            body(
                staffPost(
                    topic,
                    "forslagsbeslut",
                    "version",
                    String.valueOf(version(topic)),
                    "decisionBodyId",
                    council.id().toString(),
                    "decisionDate",
                    LocalDate.now().toString(),
                    "outcome",
                    "APPROVED",
                    "reasons",
                    "Ändrat."),
                400))
        .contains("Beslutet om medborgarförslaget är redan registrerat.");
    assertThat(topics.proposalCase(municipality, topic).orElseThrow().outcome())
        .isEqualTo(ProposalOutcome.REJECTED);
  }

  @Test
  void onlyThoseWhoKeepTheBacklogHandleACaseAndAnotherMunicipalitysTopicIsNotFound()
      throws Exception {
    UUID topic = paperProposal("Ljus vid torget " + StaffMother.uniqueWord());
    mvc.perform(
            post("/personal/amnen/" + topic + "/diarienummer")
                .with(user(moderator))
                .with(csrf())
                .param("registration", registration()))
        .andExpect(status().isForbidden());
    assertThat(topics.proposalCase(municipality, topic)).isEmpty();

    FreshMunicipality other = FreshMunicipality.register(municipalities);
    mvc.perform(
            other
                .on(post("/personal/amnen/" + topic + "/diarienummer"))
                .with(
                    user(
                        accounts.actingAs(
                            other.staff(accounts, "Olle Annan", Role.SAFETY_COORDINATOR))))
                .with(csrf())
                .param("registration", registration()))
        .andExpect(status().isNotFound());
    assertThat(topics.proposalCase(municipality, topic)).isEmpty();
  }
}
