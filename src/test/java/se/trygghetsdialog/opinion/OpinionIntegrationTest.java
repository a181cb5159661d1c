package se.trygghetsdialog.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.opinion.clustering.VoteMatrix;
import se.trygghetsdialog.opinion.clustering.cli.PolisExport;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

@IntegrationTest
class OpinionIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired Dialogues dialogues;
  @Autowired ChooseVotingSteps chooseSteps;
  @Autowired SeedStatement seed;
  @Autowired CastVote castVote;
  @Autowired SubmitStatement submitStatement;
  @Autowired ChangeStatementVisibility visibility;
  @Autowired ImportPolisExport importExport;
  @Autowired OpinionConversations conversations;
  @Autowired OpinionRepository repository;
  @Autowired StaffAccounts accounts;
  @Autowired ModerationQueue queue;
  @Autowired ApproveContent approve;
  @Autowired se.trygghetsdialog.moderation.RejectContent reject;
  @Autowired MockMvc mvc;
  @Autowired RecomputeOpinionGroups worker;

  MunicipalityId m;
  Dialogue dialogue;

  @BeforeEach
  void setUp() {
    m = StaffMother.tenant(municipalities).id();
    dialogue =
        OpinionMother.openDialogue(
            m, organisations, createDialogue, dialogues, chooseSteps, "Åsikter");
  }

  ParticipantId participant(String pseudonym) {
    return conversations.participant(m, dialogue.id(), pseudonym).orElseThrow();
  }

  @Nested
  class Voting {

    @Test
    void theLastVoteOnAStatementCounts() {
      StatementId s = seed.seed(m, dialogue.id(), "Mer ljus vid torget");
      String me = OpinionConversations.newPseudonym();
      castVote.cast(m, dialogue, me, s, Vote.AGREE);
      castVote.cast(m, dialogue, me, s, Vote.DISAGREE);

      assertThat(conversations.vote(m, participant(me), s)).contains(Vote.DISAGREE);
      assertThat(repository.countVotes(m, participant(me), s)).isEqualTo(1);
    }

    @Test
    void parallelDuplicateVotesOfOneParticipantGiveOneRow() throws Exception {
      StatementId s = seed.seed(m, dialogue.id(), "Fler vuxna ute på kvällarna");
      String me = OpinionConversations.newPseudonym();
      int parallel = 8;
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(parallel);
      try {
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
          Vote vote = i % 2 == 0 ? Vote.AGREE : Vote.PASS;
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return castVote.cast(m, dialogue, me, s, vote);
                  }));
        }
        start.countDown();
        for (Future<Boolean> f : results) {
          assertThat(f.get()).isTrue();
        }
      } finally {
        pool.shutdown();
      }
      assertThat(repository.countVotes(m, participant(me), s)).isEqualTo(1);
      assertThat(repository.participantCount(m, dialogue.id())).isEqualTo(1);
    }

    @Test
    void votesOnHiddenStatementsAreIgnored() {
      StatementId s = seed.seed(m, dialogue.id(), "Kameror vid busstationen");
      visibility.hide(m, dialogue.id(), s);
      String me = OpinionConversations.newPseudonym();

      assertThat(castVote.cast(m, dialogue, me, s, Vote.AGREE)).isFalse();
      assertThat(repository.countVotes(m, participant(me), s)).isZero();
      assertThat(
              conversations.next(
                  m,
                  dialogue.id(),
                  conversations.participant(m, dialogue.id(), me),
                  new java.util.Random(1)))
          .isEmpty();
    }

    @Test
    void votingIsRefusedWhenTheStepIsNotOpen() {
      chooseSteps.choose(m, dialogue.id(), java.util.Set.of());
      StatementId s = seed.seed(m, dialogue.id(), "Mer polis");
      assertThatThrownBy(
              () -> castVote.cast(m, dialogue, OpinionConversations.newPseudonym(), s, Vote.AGREE))
          .isInstanceOf(OpinionRuleViolation.class);
    }

    @Test
    void aDialogueWithoutStatementsSaysSoInsteadOfZeroOfZeroAndAllDone() throws Exception {
      String page =
          mvc.perform(get("/dialoger/" + dialogue.id() + "/pastaenden?lang=sv"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page)
          .contains("Det finns inga påståenden att ta ställning till ännu.")
          .doesNotContain("0 av 0")
          .doesNotContain("Du har tagit ställning till alla");
    }

    @Test
    void aPlainFormPostVotesSetsThePseudonymCookieAndRedirects() throws Exception {
      StatementId s = seed.seed(m, dialogue.id(), "Trygga skolvägar");
      mvc.perform(
              post("/dialoger/" + dialogue.id() + "/pastaenden")
                  .param("statementId", s.toString())
                  .param("vote", "AGREE")
                  .with(csrf()))
          .andExpect(status().is3xxRedirection())
          .andExpect(
              header().string("Set-Cookie", org.hamcrest.Matchers.containsString("HttpOnly")))
          .andExpect(
              header()
                  .string(
                      "Set-Cookie",
                      org.hamcrest.Matchers.containsString("Path=/dialoger/" + dialogue.id())))
          .andExpect(
              header().string("Set-Cookie", org.hamcrest.Matchers.containsString("SameSite=Lax")));
      assertThat(repository.voteCountsOfShown(m, dialogue.id()).get(s)).isEqualTo(1);
    }

    @Test
    void anHtmxVoteAnswersWithTheNextStatementCard() throws Exception {
      StatementId first = seed.seed(m, dialogue.id(), "Första påståendet");
      seed.seed(m, dialogue.id(), "Andra påståendet");
      mvc.perform(
              post("/dialoger/" + dialogue.id() + "/pastaenden")
                  .header("HX-Request", "true")
                  .param("statementId", first.toString())
                  .param("vote", "PASS")
                  .with(csrf()))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"vote-card\"")))
          .andExpect(content().string(org.hamcrest.Matchers.containsString("Andra påståendet")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
    }

    @Test
    void aVoteListedWithItsParticipantsVotesIncludesItselfAndKnowsTheSettings() {
      StatementId first = seed.seed(m, dialogue.id(), "Första påståendet");
      StatementId second = seed.seed(m, dialogue.id(), "Andra påståendet");
      String me = OpinionConversations.newPseudonym();
      castVote.cast(m, dialogue, me, first, Vote.AGREE);

      CastVote.Cast cast =
          castVote.castAndList(m, dialogue, me, new CastVote.Command(second.value(), Vote.PASS));

      assertThat(cast.stored()).isTrue();
      assertThat(cast.participant()).isEqualTo(participant(me));
      assertThat(cast.voted()).containsExactlyInAnyOrder(first, second);
      assertThat(cast.conversation().openInSteps()).contains(dialogue.step());
      assertThat(repository.vote(m, participant(me), second)).contains(Vote.PASS);
    }

    @Test
    void aVoteOnAHiddenStatementIsListedAsNotStored() {
      StatementId hidden = seed.seed(m, dialogue.id(), "Dolt påstående");
      visibility.hide(m, dialogue.id(), hidden);
      String me = OpinionConversations.newPseudonym();

      CastVote.Cast cast =
          castVote.castAndList(m, dialogue, me, new CastVote.Command(hidden.value(), Vote.AGREE));

      assertThat(cast.stored()).isFalse();
      assertThat(cast.voted()).isEmpty();
    }

    @Test
    void theCardAfterAVoteNoLongerOffersAStatementHiddenSinceThePageWasRead() throws Exception {
      StatementId first = seed.seed(m, dialogue.id(), "Första påståendet");
      StatementId second = seed.seed(m, dialogue.id(), "Andra påståendet");
      String path = "/dialoger/" + dialogue.id() + "/pastaenden";
      // The page is read while both are shown (the card remembers the shown statements) ...
      mvc.perform(get(path)).andExpect(status().isOk());
      visibility.hide(m, dialogue.id(), second);

      // ... and the card after the vote knows at once that the second is hidden.
      mvc.perform(
              post(path)
                  .header("HX-Request", "true")
                  .param("statementId", first.toString())
                  .param("vote", "AGREE")
                  .with(csrf()))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"vote-done\"")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.not(
                          org.hamcrest.Matchers.containsString("Andra påståendet"))));
    }

    @Test
    void theCardAfterAVoteOffersAStatementShownSinceThePageWasRead() throws Exception {
      StatementId first = seed.seed(m, dialogue.id(), "Första påståendet");
      String path = "/dialoger/" + dialogue.id() + "/pastaenden";
      mvc.perform(get(path)).andExpect(status().isOk());
      seed.seed(m, dialogue.id(), "Nytt påstående");

      mvc.perform(
              post(path)
                  .header("HX-Request", "true")
                  .param("statementId", first.toString())
                  .param("vote", "AGREE")
                  .with(csrf()))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("Nytt påstående")));
    }

    @Test
    void aRefusedHtmxVoteAnswersWithTheCardItsReasonAndTheSameStatement() throws Exception {
      seed.seed(m, dialogue.id(), "Första påståendet");
      StatementId second = seed.seed(m, dialogue.id(), "Andra påståendet");
      chooseSteps.choose(m, dialogue.id(), java.util.Set.of());
      mvc.perform(
              post("/dialoger/" + dialogue.id() + "/pastaenden?lang=sv")
                  .header("HX-Request", "true")
                  .param("statementId", second.toString())
                  .param("vote", "AGREE")
                  .with(csrf()))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"vote-card\"")))
          .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"vote-error\"")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.containsString(
                          "Det går inte att rösta på påståenden i dialogen just nu.")))
          .andExpect(content().string(org.hamcrest.Matchers.containsString("Andra påståendet")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
      assertThat(repository.voteCountsOfShown(m, dialogue.id()).get(second)).isZero();
    }
  }

  @Nested
  class ResidentsStatements {

    @Test
    void goFromPendingThroughModerationToShownWithThePublicText() {
      String me = OpinionConversations.newPseudonym();
      StatementId id =
          submitStatement.submit(
              m, dialogue, me, "Ring Kalle på 070-123 45 67 om lampan vid torget", true);

      Statement pending = conversations.statement(m, id).orElseThrow();
      assertThat(pending.visibility()).isEqualTo(StatementVisibility.PENDING);
      assertThat(pending.text()).as("the original stays in the moderation queue only").isEmpty();
      assertThat(pending.origin()).isEqualTo(StatementOrigin.PARTICIPANT);
      assertThat(conversations.shown(m, dialogue.id())).isEmpty();

      ModerationItem item = queue.byContent(m, Statement.CONTENT_TYPE, id.value()).orElseThrow();
      assertThat(item.flagged()).isTrue();
      var moderator =
          accounts.actingAs(
              StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR));
      approve.approve(m, item.id(), "Lampan vid torget behöver lagas", moderator);

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> conversations.statement(m, id).orElseThrow().shown());
      assertThat(conversations.statement(m, id).orElseThrow().text())
          .isEqualTo("Lampan vid torget behöver lagas");
      assertThat(castVote.cast(m, dialogue, OpinionConversations.newPseudonym(), id, Vote.AGREE))
          .isTrue();
    }

    @Test
    void aRejectedStatementIsHiddenAndCanNeverBeShown() {
      StatementId id =
          submitStatement.submit(
              m,
              dialogue,
              OpinionConversations.newPseudonym(),
              "Grannen på nummer 4 är kriminell",
              true);
      ModerationItem item = queue.byContent(m, Statement.CONTENT_TYPE, id.value()).orElseThrow();
      var moderator =
          accounts.actingAs(
              StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR));
      reject.reject(m, item.id(), "Pekar ut en person.", moderator);

      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  conversations.statement(m, id).orElseThrow().visibility()
                      == StatementVisibility.HIDDEN);
      assertThatThrownBy(() -> visibility.show(m, dialogue.id(), id))
          .isInstanceOfSatisfying(
              OpinionRuleViolation.class,
              e -> assertThat(e.messageKey()).isEqualTo("opinion.error.notApproved"));
      assertThat(conversations.shown(m, dialogue.id())).isEmpty();
    }

    @Test
    void aStatementThatSeemsToHoldPersonalDataIsRefusedUntilSentAnyway() throws Exception {
      String text = "Min granne Anders Svensson 19850312-1234 på Storgatan 5 säljer knark";
      mvc.perform(
              post("/dialoger/" + dialogue.id() + "/pastaenden/nytt")
                  .param("text", text)
                  .with(csrf()))
          .andExpect(status().isBadRequest())
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.containsString(
                          "Texten verkar innehålla personuppgifter")))
          .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"sendAnyway\"")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("[namn]"))));
      assertThat(conversations.statements(m, dialogue.id())).isEmpty();

      String receipt =
          mvc.perform(
                  post("/dialoger/" + dialogue.id() + "/pastaenden/nytt")
                      .param("text", text)
                      .param("sendAnyway", "yes")
                      .with(csrf()))
              .andExpect(status().is3xxRedirection())
              .andReturn()
              .getResponse()
              .getRedirectedUrl();
      assertThat(conversations.statements(m, dialogue.id()))
          .singleElement()
          .satisfies(s -> assertThat(s.visibility()).isEqualTo(StatementVisibility.PENDING));
      assertThat(
              queue
                  .byContent(
                      m,
                      Statement.CONTENT_TYPE,
                      conversations.statements(m, dialogue.id()).get(0).id().value())
                  .orElseThrow()
                  .flagged())
          .isTrue();
      assertThat(receipt).contains("/pastaenden/kvitto/");
    }

    @Test
    void aTooLongStatementIsRefusedWithTheFormRerendered() throws Exception {
      mvc.perform(
              post("/dialoger/" + dialogue.id() + "/pastaenden/nytt")
                  .param("text", "x".repeat(141))
                  .with(csrf()))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")));
      assertThat(conversations.statements(m, dialogue.id())).isEmpty();
    }
  }

  @Nested
  class PolisImport {

    byte[] file(String name) throws IOException {
      return new ClassPathResource("opinion/import/" + name).getContentAsByteArray();
    }

    PolisImportProblem problem(String comments, String votes) throws IOException {
      byte[] c = file(comments);
      byte[] v = file(votes);
      try {
        importExport.importExport(m, dialogue.id(), c, v);
      } catch (PolisImportProblem e) {
        return e;
      }
      throw new AssertionError("expected the import to fail");
    }

    @Test
    void importsStatementsParticipantsAndVotes() throws Exception {
      ImportPolisExport.Summary summary =
          importExport.importExport(
              m, dialogue.id(), file("comments.csv"), file("participants-votes.csv"));

      assertThat(summary).isEqualTo(new ImportPolisExport.Summary(3, 3, 6));
      List<Statement> statements = conversations.statements(m, dialogue.id());
      assertThat(statements)
          .extracting(Statement::text, Statement::visibility, Statement::origin)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "Mer belysning vid busstationen",
                  StatementVisibility.SHOWN,
                  StatementOrigin.IMPORTED),
              org.assertj.core.groups.Tuple.tuple(
                  "Fler vuxna ute på kvällarna, särskilt helger",
                  StatementVisibility.SHOWN,
                  StatementOrigin.IMPORTED),
              org.assertj.core.groups.Tuple.tuple(
                  "Ett borttaget påstående", StatementVisibility.HIDDEN, StatementOrigin.IMPORTED));
    }

    @Test
    void wrongHeadersNameTheFileAndLine() throws Exception {
      PolisImportProblem p = problem("wrong-header-comments.csv", "participants-votes.csv");
      assertThat(p.file()).isEqualTo("comments.csv");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.messageKey()).isEqualTo("opinion.error.import.header");
    }

    @Test
    void aNonNumericVoteNamesTheFileAndLine() throws Exception {
      PolisImportProblem p = problem("comments.csv", "non-numeric-vote.csv");
      assertThat(p.file()).isEqualTo("participants-votes.csv");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.messageKey()).isEqualTo("opinion.error.import.vote");
    }

    @Test
    void aRaggedRowNamesTheFileAndLineAndNothingIsSaved() throws Exception {
      PolisImportProblem p = problem("comments.csv", "ragged-row.csv");
      assertThat(p.file()).isEqualTo("participants-votes.csv");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.messageKey()).isEqualTo("opinion.error.import.ragged");
      assertThat(conversations.statements(m, dialogue.id())).isEmpty();
    }

    @Test
    void anUnknownStatementIdNamesTheFileAndLine() throws Exception {
      PolisImportProblem p = problem("comments.csv", "unknown-statement.csv");
      assertThat(p.file()).isEqualTo("participants-votes.csv");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.messageKey()).isEqualTo("opinion.error.import.unknownStatement");
    }

    @Test
    void theStaffPageShowsTheFileAndLineOfAnErrorWith400() throws Exception {
      var admin =
          accounts.actingAs(
              StaffMother.staff(municipalities, accounts, "Ada Admin", Role.ADMINISTRATOR));
      mvc.perform(
              multipart("/personal/dialoger/" + dialogue.id() + "/pastaenden/import")
                  .file(
                      new MockMultipartFile(
                          "comments", "comments.csv", "text/csv", file("comments.csv")))
                  .file(new MockMultipartFile("votes", "x.csv", "text/csv", file("ragged-row.csv")))
                  .param("lang", "sv")
                  .with(user(admin))
                  .with(csrf()))
          .andExpect(status().isBadRequest())
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.containsString(
                          "participants-votes.csv, rad 4: raden har 8 fält men rubrikraden har 10")));
    }
  }

  @Nested
  class PolisExportFiles {

    @Test
    void roundTripThroughTheEnginesCsvReader(@TempDir Path dir) throws Exception {
      StatementId a = seed.seed(m, dialogue.id(), "Mer ljus, särskilt i parken");
      StatementId b = seed.seed(m, dialogue.id(), "Fler \"trygga vuxna\"");
      StatementId hidden = seed.seed(m, dialogue.id(), "Dolt påstående");
      String p1 = OpinionConversations.newPseudonym();
      String p2 = OpinionConversations.newPseudonym();
      castVote.cast(m, dialogue, p1, a, Vote.AGREE);
      castVote.cast(m, dialogue, p1, b, Vote.DISAGREE);
      castVote.cast(m, dialogue, p1, hidden, Vote.AGREE);
      castVote.cast(m, dialogue, p2, a, Vote.PASS);
      visibility.hide(m, dialogue.id(), hidden);

      String base = "/dialoger/" + dialogue.id() + "/pastaenden/export/";
      for (String name : List.of("comments.csv", "participants-votes.csv", "votes.csv")) {
        byte[] body =
            mvc.perform(get(base + name))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Files.write(dir.resolve(name), body);
      }
      VoteMatrix x = PolisExport.read(dir).matrix();

      assertThat(x.statements()).isEqualTo(2);
      assertThat(x.participants()).isEqualTo(2);
      assertThat(x.votes()).isEqualTo(3);
      String comments = Files.readString(dir.resolve("comments.csv"), StandardCharsets.UTF_8);
      assertThat(comments)
          .startsWith(
              "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n")
          .contains("\"Mer ljus, särskilt i parken\"")
          .contains(",\"Fler \"\"trygga vuxna\"\"\"\n")
          .doesNotContain("Dolt");
      assertThat(Files.readAllLines(dir.resolve("votes.csv"))).hasSize(4);
    }
  }

  @Nested
  class Recompute {

    @Test
    void theDemoDialogueHasStatementsAndOpinionGroups() {
      Dialogue demo =
          dialogues.list(m, null, null, 1, 500).items().stream()
              .filter(d -> d.title().equals(OpinionDemoData.DIALOGUE_TITLE))
              .findFirst()
              .orElseThrow();
      assertThat(conversations.shown(m, demo.id())).hasSize(12);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> conversations.map(m, demo.id()).filter(OpinionMap::hasGroups).isPresent());
      assertThat(conversations.map(m, demo.id()).orElseThrow().participants()).isEqualTo(180);
    }

    @Test
    void runsInTheBackgroundAndStoresAResultWithGroups() {
      List<StatementId> statements = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        statements.add(seed.seed(m, dialogue.id(), "Påstående nummer " + i));
      }
      OpinionMother.plantedVotes(m, dialogue, castVote, statements, 10);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  conversations
                      .map(m, dialogue.id())
                      .filter(map -> map.votes() == 180)
                      .isPresent());
      OpinionMap map = conversations.map(m, dialogue.id()).orElseThrow();
      assertThat(map.participants()).isEqualTo(30);
      assertThat(map.groups()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(map.priorities()).hasSize(6);
    }

    @Test
    void afterARestartDialoguesWhoseResultIsOlderThanTheirNewestVoteAreRecomputed() {
      StatementId s = seed.seed(m, dialogue.id(), "Ett påstående");
      castVote.cast(m, dialogue, OpinionConversations.newPseudonym(), s, Vote.AGREE);
      var ref = new OpinionRepository.DialogueRef(m, dialogue.id());
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  repository.result(m, dialogue.id()).isPresent()
                      && !repository.staleDialogues().contains(ref));

      // As after a crash between a vote and the recompute: a vote the result does not include.
      String other = OpinionConversations.newPseudonym();
      ParticipantId p = conversations.participate(m, dialogue.id(), other);
      repository.upsertVote(m, dialogue.id(), p, s, Vote.DISAGREE, OffsetDateTime.now());
      assertThat(repository.staleDialogues()).contains(ref);

      // What the worker does on start.
      assertThat(worker.markStale()).isPositive();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> !repository.staleDialogues().contains(ref));
      assertThat(repository.result(m, dialogue.id()).orElseThrow().voteCount()).isEqualTo(2);
    }
  }
}
