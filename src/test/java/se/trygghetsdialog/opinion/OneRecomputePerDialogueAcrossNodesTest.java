package se.trygghetsdialog.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.unit.DataSize;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.opinion.OpinionRepository.DialogueRef;
import se.trygghetsdialog.opinion.RecomputeOpinionGroups.Outcome;
import se.trygghetsdialog.opinion.clustering.VoteMatrix;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Several application nodes on one database: one update of a dialogue's opinion map at a time, the
 * others skip and show the stored result, and each node's copy in memory stays right.
 */
@IntegrationTest
class OneRecomputePerDialogueAcrossNodesTest {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired Dialogues dialogues;
  @Autowired ChooseVotingSteps chooseSteps;
  @Autowired SeedStatement seed;
  @Autowired OpinionConversations conversations;
  @Autowired OpinionRepository repository;
  @Autowired LiveVoteReads reads;
  @Autowired OpinionMaps maps;
  @Autowired ApplicationEventPublisher events;
  @Autowired RecomputeLock lock;
  @Autowired DataSource dataSource;

  MunicipalityId m;
  Dialogue dialogue;
  DialogueRef ref;
  List<StatementId> statements;
  int votes;

  @BeforeEach
  void setUp() throws InterruptedException {
    m = StaffMother.tenant(municipalities).id();
    dialogue =
        OpinionMother.openDialogue(
            m, organisations, createDialogue, dialogues, chooseSteps, "Noder");
    ref = new DialogueRef(m, dialogue.id());
    statements = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statements.add(seed.seed(m, dialogue.id(), "Påstående på flera noder " + i));
    }
    // The application's own worker maps the new statements once; the votes below are written
    // behind its back, so only the test's nodes hear of them.
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (repository.resultComputedAt(m, dialogue.id()).isEmpty() && System.nanoTime() < until) {
      Thread.sleep(50);
    }
  }

  /** One node: a worker of its own (not started) on the shared database. */
  RecomputeOpinionGroups node() {
    return new RecomputeOpinionGroups(
        repository,
        reads,
        maps,
        events,
        lock,
        Duration.ofMillis(200),
        DataSize.ofMegabytes(64),
        DataSize.ofMegabytes(64),
        new SimpleMeterRegistry());
  }

  /** Votes of new participants stored without telling any worker. */
  void votesOf(int participants) {
    for (int p = 0; p < participants; p++) {
      ParticipantId participant =
          conversations.participate(m, dialogue.id(), OpinionConversations.newPseudonym());
      for (int j = 0; j < statements.size(); j++) {
        Vote vote = (p + j) % 3 == 0 ? Vote.DISAGREE : Vote.AGREE;
        repository.upsertVote(
            m, dialogue.id(), participant, statements.get(j), vote, OffsetDateTime.now());
        votes++;
      }
    }
  }

  int storedVotes() {
    return (int) maps.read(repository.result(m, dialogue.id()).orElseThrow().json()).votes();
  }

  VoteMatrix fullRead() {
    return reads.inSnapshot(
        ref,
        snapshot -> {
          LiveVotes copy = LiveVotes.empty(snapshot.shown());
          LiveVotes.Cells cells = new LiveVotes.Cells();
          snapshot.changedSince("0", cells);
          copy.apply(snapshot.shown(), cells, snapshot.horizon());
          return copy.matrix();
        });
  }

  @Test
  void twoNodesRacingOnOneDialogueComputeItOnce() throws Exception {
    votesOf(6);
    List<RecomputeOpinionGroups> nodes = List.of(node(), node());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Outcome> outcomes = new ArrayList<>();
    try {
      List<Future<Outcome>> racing = new ArrayList<>();
      for (RecomputeOpinionGroups node : nodes) {
        Callable<Outcome> look =
            () -> {
              start.await();
              return node.recomputeIfFree(ref, false);
            };
        racing.add(pool.submit(look));
      }
      start.countDown();
      for (Future<Outcome> outcome : racing) {
        outcomes.add(outcome.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(outcomes).containsOnlyOnce(Outcome.COMPUTED);
    assertThat(storedVotes()).isEqualTo(votes);

    // The node that skipped looks again (as its worker does) and finds every vote stored.
    RecomputeOpinionGroups other = nodes.get(outcomes.indexOf(Outcome.COMPUTED) == 0 ? 1 : 0);
    assertThat(other.recomputeIfFree(ref, false)).isEqualTo(Outcome.CURRENT);
    assertThat(other.matrixInMemory(ref)).isNull();
  }

  @Test
  void aNodeSkipsWhileAnotherHoldsTheDialogueAndItsCopyIsRightWhenItComputesLater()
      throws Exception {
    RecomputeOpinionGroups first = node();
    RecomputeOpinionGroups second = node();
    votesOf(4);
    assertThat(first.recomputeIfFree(ref, false)).isEqualTo(Outcome.COMPUTED);

    votesOf(3);
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (var statement =
          other.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
        statement.setString(1, RecomputeLock.key(ref));
        statement.execute();
      }
      assertThat(first.recomputeIfFree(ref, false)).isEqualTo(Outcome.BUSY);
      other.rollback();
    }
    assertThat(first.matrixInMemory(ref).votes()).isEqualTo(4 * 4);

    // Another node takes these votes in; the first finds the stored result current.
    assertThat(second.recomputeIfFree(ref, false)).isEqualTo(Outcome.COMPUTED);
    assertThat(first.recomputeIfFree(ref, false)).isEqualTo(Outcome.CURRENT);
    assertThat(storedVotes()).isEqualTo(votes);

    // Later votes: the first node's copy, last read two updates ago, catches up exactly.
    votesOf(2);
    assertThat(first.recomputeIfFree(ref, false)).isEqualTo(Outcome.COMPUTED);
    LiveVotesTest.assertSame(first.matrixInMemory(ref), fullRead());
    assertThat(storedVotes()).isEqualTo(votes).isEqualTo(9 * 4);
  }

  @Test
  void aChangeOfStatementsIsMappedEvenWhenTheStoredResultHasEveryVote() {
    RecomputeOpinionGroups node = node();
    votesOf(4);
    assertThat(node.recomputeIfFree(ref, false)).isEqualTo(Outcome.COMPUTED);
    assertThat(node.recomputeIfFree(ref, false)).isEqualTo(Outcome.CURRENT);
    assertThat(node.recomputeIfFree(ref, true)).isEqualTo(Outcome.COMPUTED);
  }
}
