package se.trygghetsdialog.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.opinion.OpinionRepository.DialogueRef;
import se.trygghetsdialog.opinion.clustering.OpinionConfig;
import se.trygghetsdialog.opinion.clustering.OpinionEngine;
import se.trygghetsdialog.opinion.clustering.VoteMatrix;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * The vote matrix kept in memory between ticks: what it holds always equals a full read of the
 * stored votes, whatever order votes commit in and whether or not the copy was dropped.
 */
@IntegrationTest
class InMemoryVotesIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired CreateDialogue createDialogue;
  @Autowired Dialogues dialogues;
  @Autowired ChooseVotingSteps chooseSteps;
  @Autowired SeedStatement seed;
  @Autowired CastVote castVote;
  @Autowired ChangeStatementVisibility visibility;
  @Autowired OpinionConversations conversations;
  @Autowired OpinionRepository repository;
  @Autowired LiveVoteReads reads;
  @Autowired OpinionMaps maps;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RecomputeOpinionGroups worker;
  @Autowired RecomputeLock lock;

  MunicipalityId m;
  Dialogue dialogue;
  DialogueRef ref;
  List<StatementId> statements;

  @BeforeEach
  void setUp() {
    m = StaffMother.tenant(municipalities).id();
    dialogue =
        OpinionMother.openDialogue(
            m, organisations, createDialogue, dialogues, chooseSteps, "Minne");
    ref = new DialogueRef(m, dialogue.id());
    statements = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      statements.add(seed.seed(m, dialogue.id(), "Påstående i minnet " + i));
    }
  }

  /** The matrix a full read of the stored votes gives now. */
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

  OpinionMap stored() {
    return maps.read(repository.result(m, dialogue.id()).orElseThrow().json());
  }

  static List<Integer> members(OpinionMap map) {
    return map.groups().stream().map(OpinionMap.Group::members).sorted().toList();
  }

  @Test
  void incrementalTicksGiveTheMatrixAndGroupsOfAFullRebuild() {
    for (int batch = 0; batch < 3; batch++) {
      OpinionMother.plantedVotes(m, dialogue, castVote, statements, 4);
      worker.recompute(ref);
      LiveVotesTest.assertSame(worker.matrixInMemory(ref), fullRead());
    }
    OpinionMap incremental = stored();
    assertThat(incremental.votes()).isEqualTo(3 * 12 * 6);
    // What a cold engine run makes of the matrix the ticks built ...
    VoteMatrix built = worker.matrixInMemory(ref);
    OpinionMap coldOnBuilt =
        OpinionMaps.of(
            built,
            new OpinionEngine(OpinionConfig.defaults().withThreads(1)).compute(built),
            OffsetDateTime.now());

    // ... is what the worker stores after rebuilding its dropped copy from the database (cold).
    worker.forget(ref);
    worker.recompute(ref);

    assertThat(worker.inMemory(ref)).isTrue();
    OpinionMap rebuilt = stored();
    assertThat(rebuilt.votes()).isEqualTo(incremental.votes());
    assertThat(rebuilt.participants()).isEqualTo(36);
    assertThat(members(rebuilt)).hasSizeGreaterThanOrEqualTo(2).isEqualTo(members(coldOnBuilt));
    assertThat(rebuilt.points()).isEqualTo(coldOnBuilt.points());
  }

  @Test
  void aChangedVoteIsApplied() {
    String me = OpinionConversations.newPseudonym();
    castVote.cast(m, dialogue, me, statements.get(0), Vote.AGREE);
    worker.recompute(ref);
    castVote.cast(m, dialogue, me, statements.get(0), Vote.DISAGREE);
    worker.recompute(ref);

    VoteMatrix x = worker.matrixInMemory(ref);
    assertThat(x.votes()).isEqualTo(1);
    assertThat(x.vote(0, 0)).isEqualTo(VoteMatrix.DISAGREE);
    assertThat(stored().statementTotals().get((int) x.statementId(0))).containsExactly(0, 1, 1);
  }

  @Test
  void aHiddenStatementLeavesTheMatrixAndAShownOneComesBackWithItsVotes() {
    String me = OpinionConversations.newPseudonym();
    castVote.cast(m, dialogue, me, statements.get(0), Vote.AGREE);
    castVote.cast(m, dialogue, me, statements.get(1), Vote.AGREE);
    worker.recompute(ref);
    visibility.hide(m, dialogue.id(), statements.get(1));
    worker.recompute(ref);
    assertThat(worker.matrixInMemory(ref).statements()).isEqualTo(5);
    assertThat(worker.matrixInMemory(ref).votes()).isEqualTo(1);

    visibility.show(m, dialogue.id(), statements.get(1));
    worker.recompute(ref);
    assertThat(worker.matrixInMemory(ref).votes()).isEqualTo(2);
    LiveVotesTest.assertSame(worker.matrixInMemory(ref), fullRead());
  }

  @Test
  void pastTheMemoryBoundTheLeastRecentlyUsedDialogueIsDroppedAndRebuiltWhenNeeded() {
    Dialogue other =
        OpinionMother.openDialogue(
            m, organisations, createDialogue, dialogues, chooseSteps, "Minne 2");
    StatementId s = seed.seed(m, other.id(), "Ett annat påstående");
    for (int i = 0; i < 3; i++) {
      castVote.cast(m, other, OpinionConversations.newPseudonym(), s, Vote.AGREE);
    }
    OpinionMother.plantedVotes(m, dialogue, castVote, statements, 2);
    VoteMatrix x = fullRead();
    long bytes = x.bytes() + (long) LiveVotes.STATE_BYTES_PER_PARTICIPANT * x.participants();
    // A worker of its own (not started) whose memory holds one of the two dialogues, not both.
    RecomputeOpinionGroups small =
        new RecomputeOpinionGroups(
            repository,
            reads,
            maps,
            events,
            lock,
            Duration.ofMillis(200),
            DataSize.ofMegabytes(1),
            DataSize.ofBytes(bytes + 150),
            new SimpleMeterRegistry());
    DialogueRef otherRef = new DialogueRef(m, other.id());

    small.recompute(ref);
    small.recompute(otherRef);
    assertThat(small.inMemory(otherRef)).isTrue();
    assertThat(small.inMemory(ref)).as("dropped, least recently used").isFalse();

    castVote.cast(m, dialogue, OpinionConversations.newPseudonym(), statements.get(0), Vote.PASS);
    small.recompute(ref);
    assertThat(small.inMemory(ref)).isTrue();
    assertThat(small.inMemory(otherRef)).isFalse();
    LiveVotesTest.assertSame(small.matrixInMemory(ref), fullRead());
    assertThat(stored().votes()).isEqualTo(6 * 6 + 1);
  }

  @Test
  void aVoteCommittedAfterALaterVoteAndATickIsNotLost() throws Exception {
    String early = OpinionConversations.newPseudonym();
    String late = OpinionConversations.newPseudonym();
    conversations.participate(m, dialogue.id(), early);
    conversations.participate(m, dialogue.id(), late);
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      // The early vote is written first but its transaction stays open ...
      Future<?> slow =
          pool.submit(
              () ->
                  new TransactionTemplate(transactions)
                      .executeWithoutResult(
                          tx -> {
                            castVote.cast(m, dialogue, early, statements.get(0), Vote.AGREE);
                            written.countDown();
                            try {
                              commit.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                              Thread.currentThread().interrupt();
                            }
                          }));
      assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
      // ... while a later vote commits and a tick runs.
      castVote.cast(m, dialogue, late, statements.get(1), Vote.DISAGREE);
      worker.recompute(ref);
      assertThat(worker.matrixInMemory(ref).votes()).isLessThan(2);

      commit.countDown();
      slow.get(30, TimeUnit.SECONDS);
      worker.recompute(ref);
    } finally {
      pool.shutdownNow();
    }
    assertThat(worker.matrixInMemory(ref).votes()).isEqualTo(2);
    assertThat(stored().votes()).isEqualTo(2);
  }

  @Test
  void noVoteIsLostWhileVotesArriveDuringTicks() throws Exception {
    int clients = 6;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int c = 0; c < clients; c++) {
        done.add(
            pool.submit(
                () -> {
                  for (int p = 0; p < 5; p++) {
                    String me = OpinionConversations.newPseudonym();
                    for (StatementId s : statements) {
                      castVote.cast(m, dialogue, me, s, Vote.AGREE);
                      worker.recompute(ref);
                    }
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    worker.recompute(ref);
    assertThat(worker.matrixInMemory(ref).votes()).isEqualTo(clients * 5 * 6);
    LiveVotesTest.assertSame(worker.matrixInMemory(ref), fullRead());
    assertThat(stored().votes()).isEqualTo(clients * 5 * 6);
  }
}
