package se.trygghetsdialog.opinion;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import se.trygghetsdialog.opinion.OpinionRepository.DialogueRef;
import se.trygghetsdialog.opinion.clustering.OpinionConfig;
import se.trygghetsdialog.opinion.clustering.OpinionEngine;
import se.trygghetsdialog.opinion.clustering.OpinionResult;
import se.trygghetsdialog.opinion.clustering.VoteMatrix;

/**
 * Recomputes opinion maps in one background thread, never on a request thread. A committed vote (or
 * a change of statements) marks its dialogue dirty; the worker waits {@code
 * app.opinion.recompute-delay} after the first mark (more votes gather meanwhile), then updates
 * each dirty dialogue once, however many votes arrived.
 *
 * <p>The vote matrix of a dialogue and the engine's warm-start state stay in memory between ticks
 * ({@link LiveVotes}): a tick reads only the votes written since the previous one, up to a
 * transaction horizon that no later commit can fall behind ({@link LiveVoteReads}), and merges them
 * in. The copy is rebuilt from the database when it is missing (after a start, or dropped as least
 * recently used past {@code app.opinion.memory.max-total}) or when a statement was hidden; a
 * dialogue larger than {@code app.opinion.memory.max-per-dialogue} is read whole at every tick.
 * Votes live in the database, so a crash loses none: on start, every dialogue whose stored result
 * does not include its newest vote is recomputed.
 *
 * <p>With several nodes, each node's worker updates the dialogues that got votes on that node, and
 * one update of a dialogue runs at a time across all nodes ({@link RecomputeLock}). A node that
 * finds the lock taken skips and looks again after the delay: if the stored result by then includes
 * every vote (the other node took them in), it does nothing more; every node shows the stored
 * result. Its own copy in memory stays correct meanwhile, as its horizon is its own: its next
 * update reads all votes since then, whichever node stored results in between.
 */
@Component
class RecomputeOpinionGroups {

  private static final Logger log = LoggerFactory.getLogger(RecomputeOpinionGroups.class);

  /** Below this many participants with votes the engine is not run: too few to form groups. */
  static final int MIN_PARTICIPANTS = 4;

  private final OpinionRepository repository;
  private final LiveVoteReads reads;
  private final OpinionMaps maps;
  private final ApplicationEventPublisher events;
  private final OpinionEngine engine = new OpinionEngine(OpinionConfig.defaults().withThreads(1));
  private final LiveVoteCache cache;
  private final RecomputeLock lock;
  private final Set<DialogueRef> dirty = new LinkedHashSet<>();

  /** Dirty dialogues to update even if the stored result has every vote (statements changed). */
  private final Set<DialogueRef> forced = new HashSet<>();

  private final Duration delay;
  private final Timer recomputeTime;
  private final Counter skippedBusy;
  private final Counter skippedCurrent;
  private final Thread worker;
  private volatile boolean running = true;

  RecomputeOpinionGroups(
      OpinionRepository repository,
      LiveVoteReads reads,
      OpinionMaps maps,
      ApplicationEventPublisher events,
      RecomputeLock lock,
      @Value("${app.opinion.recompute-delay:200ms}") Duration delay,
      @Value("${app.opinion.memory.max-per-dialogue:256MB}") DataSize maxPerDialogue,
      @Value("${app.opinion.memory.max-total:512MB}") DataSize maxTotal,
      MeterRegistry meters) {
    this.recomputeTime =
        Timer.builder("opinion.recompute")
            .description("One recompute of a dialogue's opinion map")
            .register(meters);
    this.skippedBusy = skipped(meters, "busy");
    this.skippedCurrent = skipped(meters, "current");
    this.lock = lock;
    this.repository = repository;
    this.reads = reads;
    this.maps = maps;
    this.events = events;
    this.delay = delay;
    this.cache = new LiveVoteCache(maxPerDialogue.toBytes(), maxTotal.toBytes());
    this.worker = new Thread(this::work, "opinion-recompute");
    worker.setDaemon(true);
  }

  private static Counter skipped(MeterRegistry meters, String reason) {
    return Counter.builder("opinion.recompute.skipped")
        .description(
            "Updates of a dialogue's opinion map not run: another node held the dialogue (busy)"
                + " or had already stored a result with every vote (current)")
        .tag("reason", reason)
        .register(meters);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    markStale();
    worker.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    worker.interrupt();
  }

  /** Marks every dialogue whose stored result is missing or older than its newest vote. */
  int markStale() {
    List<DialogueRef> stale = repository.staleDialogues();
    stale.forEach(this::markDirty);
    if (!stale.isEmpty()) {
      log.info("Recomputing {} opinion maps older than their newest vote", stale.size());
    }
    return stale.size();
  }

  /**
   * The dialogue's votes changed in the current transaction: mark it dirty once that commits (a
   * tick before the commit would not see them), or now if there is no transaction.
   */
  void votesChanged(DialogueRef ref) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              markDirty(ref);
            }
          });
    } else {
      markDirty(ref);
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(OpinionChanged event) {
    DialogueRef ref = new DialogueRef(event.municipalityId(), event.dialogueId());
    synchronized (dirty) {
      forced.add(ref);
    }
    markDirty(ref);
  }

  private void markDirty(DialogueRef ref) {
    synchronized (dirty) {
      if (dirty.add(ref)) {
        dirty.notifyAll();
      }
    }
  }

  private void work() {
    while (running) {
      try {
        synchronized (dirty) {
          while (dirty.isEmpty()) {
            dirty.wait();
          }
        }
        Thread.sleep(delay.toMillis());
        tick();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void tick() {
    List<DialogueRef> due;
    Set<DialogueRef> force;
    synchronized (dirty) {
      due = List.copyOf(dirty);
      dirty.clear();
      force = Set.copyOf(forced);
      forced.removeAll(force);
    }
    for (DialogueRef ref : due) {
      try {
        if (recomputeIfFree(ref, force.contains(ref)) == Outcome.BUSY) {
          // Another node is updating it: look again after the delay.
          synchronized (dirty) {
            if (force.contains(ref)) {
              forced.add(ref);
            }
          }
          markDirty(ref);
        }
      } catch (RuntimeException e) {
        log.warn("Opinion map of dialogue {} could not be computed", ref.dialogue(), e);
      }
    }
  }

  /** What one look at a dirty dialogue did. */
  enum Outcome {
    /** This node updated the stored result. */
    COMPUTED,
    /** The stored result already had every vote (another node took them in); nothing done. */
    CURRENT,
    /** Another node was updating the dialogue; nothing done. */
    BUSY
  }

  /**
   * Updates the dialogue's opinion map unless another node is updating it now or (unless {@code
   * force}) the stored result already includes every vote.
   */
  synchronized Outcome recomputeIfFree(DialogueRef ref, boolean force) {
    Outcome[] outcome = {Outcome.BUSY};
    lock.tryRun(
        ref,
        () -> {
          if (!force && repository.resultIncludesEveryVote(ref.municipality(), ref.dialogue())) {
            outcome[0] = Outcome.CURRENT;
          } else {
            recomputeTime.record(() -> compute(ref));
            outcome[0] = Outcome.COMPUTED;
          }
        });
    if (outcome[0] == Outcome.BUSY) {
      skippedBusy.increment();
    } else if (outcome[0] == Outcome.CURRENT) {
      skippedCurrent.increment();
    }
    return outcome[0];
  }

  /** Whether the dialogue's vote matrix is in memory now; for tests. */
  synchronized boolean inMemory(DialogueRef ref) {
    return cache.holds(ref);
  }

  /** Drops the dialogue's vote matrix from memory, as eviction does; for tests. */
  synchronized void forget(DialogueRef ref) {
    cache.drop(ref);
  }

  /** The dialogue's vote matrix in memory, or null; for tests. */
  synchronized @org.jspecify.annotations.Nullable VoteMatrix matrixInMemory(DialogueRef ref) {
    LiveVotes copy = cache.get(ref);
    return copy == null ? null : copy.matrix();
  }

  /**
   * One update now, waiting if another node is updating the dialogue: the votes since the last one
   * merged into memory, computed and stored.
   */
  synchronized void recompute(DialogueRef ref) {
    lock.run(ref, () -> recomputeTime.record(() -> compute(ref)));
  }

  private void compute(DialogueRef ref) {
    OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
    LiveVotes copy = update(ref);
    VoteMatrix x = copy.matrix();
    OpinionMap map;
    if (x.participants() < MIN_PARTICIPANTS || x.statements() < 2) {
      map = OpinionMaps.withoutGroups(x, startedAt);
    } else {
      OpinionResult result = engine.compute(x, copy.state());
      copy.state(result.state());
      map = OpinionMaps.of(x, result, startedAt);
    }
    if (!cache.keep(ref, copy)) {
      log.debug("Vote matrix of dialogue {} exceeds the memory bound", ref.dialogue());
    }
    repository.storeResult(
        ref.municipality(),
        ref.dialogue(),
        maps.write(map),
        (int) x.votes(),
        startedAt,
        copy.horizon());
    events.publishEvent(
        new OpinionGroupsComputed(
            ref.municipality(),
            ref.dialogue(),
            map.groups().size(),
            map.participants(),
            map.votes(),
            startedAt));
  }

  /** The dialogue's copy brought up to date: from memory plus the changes, or rebuilt. */
  private LiveVotes update(DialogueRef ref) {
    LiveVotes cached = cache.get(ref);
    return reads.inSnapshot(
        ref,
        snapshot -> {
          int[] shown = snapshot.shown();
          LiveVotes.Cells cells = new LiveVotes.Cells();
          LiveVotes copy = cached;
          if (copy == null || !copy.sameStatementsOrMore(shown)) {
            copy = LiveVotes.empty(shown);
            if (cached != null) {
              // A hidden statement: the participants' warm-start state still fits.
              copy.state(cached.state());
            }
            snapshot.changedSince("0", cells);
          } else {
            snapshot.votesOn(copy.newStatements(shown), cells);
            snapshot.changedSince(copy.horizon(), cells);
          }
          copy.apply(shown, cells, snapshot.horizon());
          return copy;
        });
  }
}
