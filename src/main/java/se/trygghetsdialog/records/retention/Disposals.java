package se.trygghetsdialog.records.retention;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The disposal job (gallring): for every kind of record with a retention decision, asks the {@link
 * Disposable} beans of that kind for items older than the period and removes their personal data.
 *
 * <p>Each item is claimed in {@code disposal_item} in the same transaction that disposes of it, so
 * a rerun, a second run at the same time or a second node never disposes of it twice. Each run is
 * logged in {@code disposal_run} and each item disposed of in {@code disposal_item} (kind, id,
 * decision, time; no personal data), and audited. A dry run lists what would go and touches nothing
 * but its own log line. The nightly job runs dry when {@code app.records.disposal.dry-run} is true.
 */
@Service
public class Disposals {

  private static final Logger log = LoggerFactory.getLogger(Disposals.class);

  /** Most items one kind contributes to one run; the next run takes the rest. */
  static final int BATCH = 1000;

  /** The outcome of one run: what it disposed of, or for a dry run what it would. */
  public record Outcome(UUID runId, boolean dryRun, List<DisposedItem> items) {}

  private final RetentionRepository repository;
  private final List<Disposable> disposables;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final boolean scheduledDryRun;

  Disposals(
      RetentionRepository repository,
      List<Disposable> disposables,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager,
      @Value("${app.records.disposal.dry-run:false}") boolean scheduledDryRun) {
    this.repository = repository;
    this.disposables = List.copyOf(disposables);
    this.events = events;
    this.transactions = new TransactionTemplate(transactionManager);
    this.scheduledDryRun = scheduledDryRun;
  }

  @Scheduled(cron = "${app.records.disposal.cron:0 30 2 * * *}", zone = "Europe/Stockholm")
  @SchedulerLock(name = "records-disposal", lockAtMostFor = "2h", lockAtLeastFor = "1m")
  void scheduled() {
    OffsetDateTime now = OffsetDateTime.now();
    for (MunicipalityId municipality : repository.municipalitiesWithDecisions()) {
      Outcome outcome =
          scheduledDryRun ? dryRun(municipality, now, null) : run(municipality, now, null);
      log.info(
          "Disposal {} in municipality {}: {} items",
          outcome.dryRun() ? "dry run" : "run",
          municipality.value(),
          outcome.items().size());
    }
  }

  /** The kinds of record some module can dispose of. */
  public List<RecordKind> disposableKinds() {
    return disposables.stream().map(Disposable::kind).distinct().sorted().toList();
  }

  /** Lists what a run at {@code now} would dispose of, touching nothing; logged as a dry run. */
  public Outcome dryRun(MunicipalityId municipality, OffsetDateTime now, @Nullable UUID actor) {
    UUID runId = UUID.randomUUID();
    List<DisposedItem> found = new ArrayList<>();
    forEachExpired(
        municipality,
        now,
        (disposable, decision, item) ->
            found.add(new DisposedItem(disposable.kind(), item.id(), decision, item.at())));
    transactions.executeWithoutResult(
        status -> {
          repository.startRun(runId, municipality, now, true, actor);
          repository.finishRun(runId, found.size());
          events.publishEvent(new DisposalRan(municipality, runId, true, found.size(), now, actor));
        });
    return new Outcome(runId, true, found);
  }

  /** Disposes of everything expired at {@code now}; each item once, whoever else runs. */
  public Outcome run(MunicipalityId municipality, OffsetDateTime now, @Nullable UUID actor) {
    UUID runId = UUID.randomUUID();
    transactions.executeWithoutResult(
        status -> repository.startRun(runId, municipality, now, false, actor));
    List<DisposedItem> disposed = new ArrayList<>();
    forEachExpired(
        municipality,
        now,
        (disposable, decision, item) -> {
          Boolean done =
              transactions.execute(
                  status -> {
                    if (!repository.claim(
                        runId, municipality, disposable.kind(), item.id(), decision, now)) {
                      return false;
                    }
                    disposable.dispose(municipality, item.id());
                    return true;
                  });
          if (Boolean.TRUE.equals(done)) {
            disposed.add(new DisposedItem(disposable.kind(), item.id(), decision, now));
          }
        });
    transactions.executeWithoutResult(
        status -> {
          repository.finishRun(runId, disposed.size());
          events.publishEvent(
              new DisposalRan(municipality, runId, false, disposed.size(), now, actor));
        });
    return new Outcome(runId, false, disposed);
  }

  /** The newest runs, dry and real. */
  public List<DisposalRun> runs(MunicipalityId municipality, int limit) {
    return repository.runs(municipality, limit);
  }

  /** The items one run disposed of. */
  public List<DisposedItem> disposedBy(MunicipalityId municipality, UUID runId) {
    return repository.items(municipality, runId);
  }

  /** How often an item was disposed of: 0 or 1. */
  public int timesDisposed(RecordKind kind, UUID itemId) {
    return repository.claims(kind, itemId);
  }

  private interface ItemAction {
    void accept(Disposable disposable, String decision, Disposable.Item item);
  }

  private void forEachExpired(MunicipalityId municipality, OffsetDateTime now, ItemAction action) {
    Map<RecordKind, RetentionClass> classes = repository.classes(municipality);
    for (Disposable disposable : disposables) {
      RetentionClass retention = classes.get(disposable.kind());
      if (retention == null || !retention.disposes() || retention.months() == null) {
        continue;
      }
      OffsetDateTime before = now.minusMonths(retention.months());
      for (Disposable.Item item : disposable.expired(municipality, before, BATCH)) {
        action.accept(disposable, retention.decisionReference(), item);
      }
    }
  }
}
