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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationItem;
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
import se.trygghetsdialog.tenancy.Organisations;

/** The topic backlog over HTTP: proposals, moderation, status changes, the decision, isolation. */
@IntegrationTest
class TopicIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired MockMvc mvc;
  @Autowired ModerationQueue queue;
  @Autowired ApproveContent approve;
  @Autowired EnterTopic enterTopic;
  @Autowired Topics topics;
  @Autowired Dialogues dialogues;
  @Autowired AuditLog audit;
  @Autowired PersonalDataScreener screener;

  MunicipalityId municipality;
  StaffPrincipal coordinator;
  StaffPrincipal leader;
  StaffPrincipal moderator;
  StaffPrincipal conversationLeader;
  Organisation body;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    coordinator = staff("Tove Samordnare", Role.SAFETY_COORDINATOR);
    leader = staff("Pia Ledare", Role.PROCESS_LEADER);
    moderator = staff("Mona Moderator", Role.MODERATOR);
    conversationLeader = staff("Sam Samtalsledare", Role.CONVERSATION_LEADER);
    body = StaffMother.politicalBody(municipalities, organisations);
  }

  StaffPrincipal staff(String name, Role role) {
    return accounts.actingAs(StaffMother.staff(municipalities, accounts, name, role));
  }

  static String marker() {
    return "Fråga " + StaffMother.uniqueWord();
  }

  /** The proposal form from a client address of its own (the rate limit counts per client). */
  static MockHttpServletRequestBuilder proposal(String client, String... fields) {
    MockHttpServletRequestBuilder request =
        post("/amnen/foresla?lang=sv")
            .with(csrf())
            .with(
                r -> {
                  r.setRemoteAddr(client);
                  return r;
                });
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return request;
  }

  static String client() {
    return "10.7." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
  }

  String body(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request)
        .andExpect(status().is(status))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  ModerationItem queued(String marker) {
    return queue.list(municipality, ModerationStatus.PENDING, 1, 500).items().stream()
        .filter(i -> i.contentType().equals(Topic.CONTENT_TYPE))
        .filter(i -> i.originalText().contains(marker))
        .findFirst()
        .orElseThrow();
  }

  UUID entered(String title) {
    return enterTopic.enter(
        municipality,
        new EnterTopic.Command(
            new ScreenedText(screener.screen(title)),
            new ScreenedText(screener.screen("Bakgrund till frågan.")),
            TopicOrigin.ELECTED_OFFICIAL,
            ""),
        coordinator);
  }

  @Test
  void aResidentsProposalIsShownOnlyAfterAModeratorApprovesIt() throws Exception {
    String marker = marker();
    mvc.perform(
            proposal(
                client(),
                "title",
                marker + " om belysning",
                "description",
                "Parken är mörk på kvällen."))
        .andExpect(status().is3xxRedirection());
    ModerationItem item = queued(marker);
    assertThat(item.originalText())
        .isEqualTo(marker + " om belysning\n\nParken är mörk på kvällen.");
    assertThat(body(get("/amnen"), 200)).doesNotContain(marker);
    assertThat(body(get("/amnen/" + item.contentId()), 404)).doesNotContain(marker);

    approve.approve(
        municipality, item.id(), marker + " om ljus\n\nParken behöver belysning.", moderator);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> topics.find(municipality, item.contentId()).orElseThrow().shown());
    Topic topic = topics.find(municipality, item.contentId()).orElseThrow();
    assertThat(topic.title()).isEqualTo(marker + " om ljus");
    assertThat(topic.description()).isEqualTo("Parken behöver belysning.");
    assertThat(topic.origin()).isEqualTo(TopicOrigin.CITIZEN_PROPOSAL);
    assertThat(body(get("/amnen?lang=sv"), 200)).contains(marker + " om ljus").contains("Nytt");
    assertThat(body(get("/amnen/" + topic.id() + "?lang=sv"), 200))
        .contains("Parken behöver belysning.")
        .doesNotContain("Parken är mörk");
  }

  @Test
  void emptyAndOversizeTextsAreRefusedWithAMessage() throws Exception {
    String client = client();
    assertThat(body(proposal(client, "title", "", "description", "Något"), 400))
        .contains("govuk-error-summary")
        .contains("Skriv ämnet.");
    assertThat(body(proposal(client, "title", "x".repeat(151), "description", "Något"), 400))
        .contains("Ämnet får vara högst 150 tecken.");
    assertThat(body(proposal(client, "title", "Ämne", "description", "y".repeat(2001)), 400))
        .contains("Beskrivningen får vara högst 2000 tecken.");
    assertThat(
            body(
                proposal(
                    client, "title", "Ämne", "description", "Något", "email", "inte-en-adress"),
                400))
        .contains("Ange en giltig e-postadress");
  }

  @Test
  void aProposalThatSeemsToHoldPersonalDataIsHeldUntilTheResidentSendsItAnyway() throws Exception {
    String marker = marker();
    String client = client();
    String[] fields = {
      "title", marker, "description", "Ring mig på 070-123 45 67 om parken.",
    };
    assertThat(body(proposal(client, fields), 400))
        .contains("Texten verkar innehålla personuppgifter")
        .contains("name=\"sendAnyway\"");
    assertThat(queue.list(municipality, ModerationStatus.PENDING, 1, 500).items())
        .noneMatch(i -> i.originalText().contains(marker));

    mvc.perform(proposal(client, fields).param("sendAnyway", "yes"))
        .andExpect(status().is3xxRedirection());
    ModerationItem item = queued(marker);
    assertThat(item.flagged()).isTrue();
    assertThat(topics.find(municipality, item.contentId()).orElseThrow().description()).isEmpty();
  }

  @Test
  void aClientThatProposesTooOftenIsAskedToWait() throws Exception {
    String client = client();
    for (int i = 0; i < 10; i++) {
      mvc.perform(proposal(client, "title", "")).andExpect(status().isBadRequest());
    }
    mvc.perform(proposal(client, "title", marker(), "description", "Något"))
        .andExpect(status().isTooManyRequests());
  }

  @Test
  void anUnknownOrUnpublishedTopicIsNotFound() throws Exception {
    mvc.perform(get("/amnen/" + UUID.randomUUID())).andExpect(status().isNotFound());
    mvc.perform(get("/amnen/inte-ett-id")).andExpect(status().isNotFound());
    mvc.perform(get("/personal/amnen/" + UUID.randomUUID()).with(user(coordinator)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/personal/amnen/" + UUID.randomUUID() + "/status")
                .with(user(coordinator))
                .with(csrf())
                .param("version", "0")
                .param("status", "UNDER_CONSIDERATION")
                .param("reason", "Vi tittar på det."))
        .andExpect(status().isNotFound());
  }

  @Test
  void onlyThoseWhoKeepTheBacklogChangeItAndOnlyThoseWhoCreateDialoguesDecide() throws Exception {
    UUID id = entered(marker());
    mvc.perform(get("/personal/amnen").with(user(conversationLeader)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/personal/amnen/ny").with(user(moderator))).andExpect(status().isForbidden());
    mvc.perform(
            post("/personal/amnen/" + id + "/status")
                .with(user(conversationLeader))
                .with(csrf())
                .param("version", "0")
                .param("status", "UNDER_CONSIDERATION")
                .param("reason", "Vi tittar på det."))
        .andExpect(status().isForbidden());
    // The coordinator keeps the backlog but does not record decisions that create dialogues.
    mvc.perform(get("/personal/amnen/" + id + "/beslut").with(user(coordinator)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/personal/amnen/" + id + "/beslut").with(user(leader)))
        .andExpect(status().isOk());
    assertThat(topics.find(municipality, id).orElseThrow().status()).isEqualTo(TopicStatus.NEW);
  }

  @Test
  void aStatusChangeNeedsAPublicReasonWithoutPersonalDataAndIsAudited() throws Exception {
    String marker = marker();
    UUID id = entered(marker);
    MockHttpServletRequestBuilder change =
        post("/personal/amnen/" + id + "/status?lang=sv")
            .with(user(coordinator))
            .with(csrf())
            .param("version", "0")
            .param("status", "NOT_TAKEN_UP");
    assertThat(body(change, 400)).contains("Skriv en motivering. Den visas publikt.");
    assertThat(
            body(
                post("/personal/amnen/" + id + "/status?lang=sv")
                    .with(user(coordinator))
                    .with(csrf())
                    .param("version", "0")
                    .param("status", "NOT_TAKEN_UP")
                    .param("reason", "Ring Anna på 070-123 45 67."),
                400))
        .contains("Texten verkar innehålla personuppgifter och kan inte publiceras.");
    assertThat(
            body(
                post("/personal/amnen/" + id + "/status?lang=sv")
                    .with(user(coordinator))
                    .with(csrf())
                    .param("version", "0")
                    .param("status", "DIALOGUE_DECIDED")
                    .param("reason", "Beslutat."),
                400))
        .contains("Registrera beslutet om dialog på sidan för beslut.");
    assertThat(topics.find(municipality, id).orElseThrow().status()).isEqualTo(TopicStatus.NEW);

    mvc.perform(change.param("reason", "Frågan hanteras redan i trygghetsrådet."))
        .andExpect(status().is3xxRedirection());
    Topic topic = topics.find(municipality, id).orElseThrow();
    assertThat(topic.status()).isEqualTo(TopicStatus.NOT_TAKEN_UP);
    assertThat(body(get("/amnen/" + id + "?lang=sv"), 200))
        .contains("Tas inte upp")
        .contains("Frågan hanteras redan i trygghetsrådet.");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                audit.about(municipality, id.toString()).stream()
                    .anyMatch(e -> e.action().equals("topic.status-changed")));
  }

  @Test
  void theDecisionCreatesTheDialogueAndTheTopicLinksToIt() throws Exception {
    String marker = marker();
    UUID id = entered(marker);
    MockHttpServletRequestBuilder decide =
        post("/personal/amnen/" + id + "/beslut?lang=sv")
            .with(user(leader))
            .with(csrf())
            .param("version", "0")
            .param("creationToken", UUID.randomUUID().toString())
            .param("decisionBodyId", body.id().toString())
            .param("decisionDate", "2026-11-30")
            .param("decisionRegistration", "KS 2026/99")
            .param("reason", "Kommunstyrelsen beslutade att hålla en dialog.");
    assertThat(body(decide, 400)).contains("govuk-error-summary");
    assertThat(topics.find(municipality, id).orElseThrow().dialogueId()).isNull();

    String location =
        mvc.perform(decide.param("decisionParagraph", "§ 12"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    Topic topic = topics.find(municipality, id).orElseThrow();
    assertThat(topic.status()).isEqualTo(TopicStatus.DIALOGUE_DECIDED);
    DialogueId dialogue = topic.dialogueId();
    assertThat(location).isEqualTo("/personal/dialoger/" + dialogue);
    assertThat(dialogues.find(municipality, dialogue).orElseThrow().title()).isEqualTo(marker);
    assertThat(body(get("/amnen/" + id + "?lang=sv"), 200))
        .contains("href=\"/dialoger/" + dialogue + "\"")
        .contains("Kommunstyrelsen beslutade att hålla en dialog.");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                audit.about(municipality, id.toString()).stream()
                    .anyMatch(e -> e.action().equals("topic.turned-into-dialogue")));
  }

  @Test
  void theTopicPageListsEveryStatusChangeAndTheDialoguePagesLinkBackToTheTopic() throws Exception {
    String marker = marker();
    UUID id = entered(marker);
    mvc.perform(
            post("/personal/amnen/" + id + "/status")
                .with(user(coordinator))
                .with(csrf())
                .param("version", "0")
                .param("status", "UNDER_CONSIDERATION")
                .param("reason", "Trygghetsrådet tittar på frågan i vår."))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/personal/amnen/" + id + "/beslut")
                .with(user(leader))
                .with(csrf())
                .param("version", "1")
                .param("creationToken", UUID.randomUUID().toString())
                .param("decisionBodyId", body.id().toString())
                .param("decisionDate", "2026-11-30")
                .param("decisionParagraph", "§ 13")
                .param("decisionRegistration", "KS 2026/100")
                .param("reason", "Kommunstyrelsen beslutade om en dialog."))
        .andExpect(status().is3xxRedirection());
    DialogueId dialogue = topics.find(municipality, id).orElseThrow().dialogueId();

    assertThat(topics.history(municipality, id))
        .extracting(TopicStatusChange::status, TopicStatusChange::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                TopicStatus.UNDER_CONSIDERATION, "Trygghetsrådet tittar på frågan i vår."),
            org.assertj.core.groups.Tuple.tuple(
                TopicStatus.DIALOGUE_DECIDED, "Kommunstyrelsen beslutade om en dialog."));
    String topicPage = body(get("/amnen/" + id + "?lang=sv"), 200);
    assertThat(topicPage).contains("Så har ämnet behandlats").contains("Övervägs");
    assertThat(topicPage.indexOf("Trygghetsrådet tittar på frågan i vår."))
        .isPositive()
        .isLessThan(topicPage.lastIndexOf("Kommunstyrelsen beslutade om en dialog."));

    assertThat(body(get("/dialoger/" + dialogue + "?lang=sv"), 200))
        .contains("Förslaget om ämnet:")
        .contains("href=\"/amnen/" + id + "\"");
    assertThat(body(get("/personal/dialoger/" + dialogue + "?lang=sv").with(user(leader)), 200))
        .contains("href=\"/personal/amnen/" + id + "\"");
  }

  @Test
  void aTopicOfAnotherMunicipalityIsNeitherListedNorFound() throws Exception {
    FreshMunicipality other = FreshMunicipality.register(municipalities);
    String marker = marker();
    UUID theirs =
        enterTopic.enter(
            other.tenant().id(),
            new EnterTopic.Command(
                new ScreenedText(screener.screen(marker)),
                new ScreenedText(screener.screen("Deras fråga.")),
                TopicOrigin.OFFICIAL,
                ""),
            accounts.actingAs(other.staff(accounts, "Olle Annan", Role.SAFETY_COORDINATOR)));
    assertThat(body(other.on(get("/amnen")), 200)).contains(marker);
    assertThat(body(get("/amnen"), 200)).doesNotContain(marker);
    mvc.perform(get("/amnen/" + theirs)).andExpect(status().isNotFound());
    mvc.perform(get("/personal/amnen/" + theirs).with(user(coordinator)))
        .andExpect(status().isNotFound());
    assertThat(body(get("/personal/amnen").with(user(coordinator)), 200)).doesNotContain(marker);
    assertThat(topics.find(municipality, theirs)).isEmpty();
  }
}
