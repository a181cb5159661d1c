package se.trygghetsdialog.tenancy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Which features a municipality uses; every feature is on until the municipality turns it off.
 *
 * <p>{@link #isOn} answers every request of a feature's pages, so what it read is remembered for
 * {@link #REMEMBERED}: a switch on this node is seen at once ({@link #forget}), one on another node
 * within that time.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FeatureSwitches {

  static final Duration REMEMBERED = Duration.ofSeconds(1);

  private record Remembered(Set<Feature> off, long readAt) {
    boolean fresh() {
      return System.nanoTime() - readAt < REMEMBERED.toNanos();
    }
  }

  private final SettingsRepository repository;
  private final Map<MunicipalityId, Remembered> offById = new ConcurrentHashMap<>();
  private final AtomicLong forgets = new AtomicLong();

  public boolean isOn(MunicipalityId municipality, Feature feature) {
    Remembered cached = offById.get(municipality);
    if (cached == null || !cached.fresh()) {
      long before = forgets.get();
      cached = new Remembered(repository.disabledFeatures(municipality), System.nanoTime());
      if (forgets.get() == before) {
        offById.put(municipality, cached);
      }
    }
    return !cached.off().contains(feature);
  }

  /** Forgets what was read of the municipality's switches, now and when the transaction ends. */
  void forget(MunicipalityId municipality) {
    forgets.incrementAndGet();
    offById.remove(municipality);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              forgets.incrementAndGet();
              offById.remove(municipality);
            }
          });
    }
  }

  public Set<Feature> enabled(MunicipalityId municipality) {
    Set<Feature> on = EnumSet.allOf(Feature.class);
    on.removeAll(repository.disabledFeatures(municipality));
    return on;
  }
}
