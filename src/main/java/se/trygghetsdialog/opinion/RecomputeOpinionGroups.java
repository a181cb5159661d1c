package se.trygghetsdialog.opinion;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import se.trygghetsdialog.opinion.OpinionRepository.DialogueRef;
import se.trygghetsdialog.opinion.clustering.OpinionConfig;
import se.trygghetsdialog.opinion.clustering.OpinionEngine;
import se.trygghetsdialog.opinion.clustering.OpinionResult;
import se.trygghetsdialog.opinion.clustering.OpinionState;
import se.trygghetsdialog.opinion.clustering.VoteMatrix;

/**
 * Recomputes opinion maps in one bounded background thread, never on a request thread. A vote (or a
 * change of statements) marks its dialogue dirty after the commit; every {@code
 * app.opinion.recompute-delay} the worker recomputes each dirty dialogue once from all its stored
 * votes, however many votes arrived, and stores the result. Votes live in the database, so a crash
 * loses none: on start, every dialogue whose stored result is older than its newest vote is
 * recomputed. The engine's warm-start state is kept in memory only; after a restart the first
 * update is cold.
 */
@Component
class RecomputeOpinionGroups {

  private static final Logger log = LoggerFactory.getLogger(RecomputeOpinionGroups.class);

  /** Below this many participants with votes the engine is not run: too few to form groups. */
  static final int MIN_PARTICIPANTS = 4;

  private static final Duration STARTUP_MARGIN = Duration.ofSeconds(10);

  private final OpinionRepository repository;
  private final OpinionMaps maps;
  private final ApplicationEventPublisher events;
  private final OpinionEngine engine = new OpinionEngine(OpinionConfig.defaults().withThreads(1));
  private final Set<DialogueRef> dirty = ConcurrentHashMap.newKeySet();
  private final Map<DialogueRef, OpinionState> states = new ConcurrentHashMap<>();
  private final ScheduledExecutorService worker;
  private final Duration delay;
  private final Timer recomputeTime;

  RecomputeOpinionGroups(
      OpinionRepository repository,
      OpinionMaps maps,
      ApplicationEventPublisher events,
      @Value("${app.opinion.recompute-delay:5s}") Duration delay,
      MeterRegistry meters) {
    this.recomputeTime =
        Timer.builder("opinion.recompute")
            .description("One recompute of a dialogue's opinion map")
            .register(meters);
    this.repository = repository;
    this.maps = maps;
    this.events = events;
    this.delay = delay;
    this.worker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "opinion-recompute");
              t.setDaemon(true);
              return t;
            });
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    markStale();
    worker.scheduleWithFixedDelay(
        this::tick, delay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Marks every dialogue whose stored result is older than its newest vote (or missing). */
  int markStale() {
    // The margin also catches a result computed while a vote stamped just before was uncommitted.
    List<DialogueRef> stale = repository.staleDialogues(STARTUP_MARGIN);
    dirty.addAll(stale);
    if (!stale.isEmpty()) {
      log.info("Recomputing {} opinion maps older than their newest vote", stale.size());
    }
    return stale.size();
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(VoteCast event) {
    dirty.add(new DialogueRef(event.municipalityId(), event.dialogueId()));
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(OpinionChanged event) {
    dirty.add(new DialogueRef(event.municipalityId(), event.dialogueId()));
  }

  private void tick() {
    for (DialogueRef ref : List.copyOf(dirty)) {
      dirty.remove(ref);
      try {
        recomputeTime.record(() -> recompute(ref));
      } catch (RuntimeException e) {
        log.warn("Opinion map of dialogue {} could not be computed", ref.dialogue(), e);
      }
    }
  }

  /** One full update from the database; runs on the worker thread. */
  void recompute(DialogueRef ref) {
    // Taken before reading, so a vote arriving meanwhile is newer than the result and not lost.
    OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
    VoteMatrix.Builder builder = VoteMatrix.builder();
    for (Statement s : repository.statements(ref.municipality(), ref.dialogue())) {
      if (s.shown()) {
        builder.statement(s.number(), false, false);
      }
    }
    repository.streamVotes(
        ref.municipality(),
        ref.dialogue(),
        v -> {
          if (builder.hasStatement(v.statementNumber())) {
            builder.vote(v.participantNumber(), v.statementNumber(), v.vote().matrixValue());
          }
        });
    VoteMatrix x = builder.build();
    OpinionMap map;
    if (x.participants() < MIN_PARTICIPANTS || x.statements() < 2) {
      map = OpinionMaps.withoutGroups(x, startedAt);
    } else {
      OpinionResult result = engine.compute(x, states.getOrDefault(ref, OpinionState.empty()));
      states.put(ref, result.state());
      map = OpinionMaps.of(x, result, startedAt);
    }
    repository.storeResult(
        ref.municipality(), ref.dialogue(), maps.write(map), (int) x.votes(), startedAt);
    events.publishEvent(
        new OpinionGroupsComputed(
            ref.municipality(),
            ref.dialogue(),
            map.groups().size(),
            map.participants(),
            map.votes(),
            startedAt));
  }
}
