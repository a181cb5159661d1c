package se.trygghetsdialog.shared.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NoPublicChange;

/**
 * The data of public pages (lists, a dialogue page, the trygghetskarta, the layout's municipality
 * look), kept in memory per municipality and language so that a busy public page is not read from
 * the database on every request. Only what every visitor of the municipality sees may be put here:
 * nothing personal, nothing for staff only, no form token.
 *
 * <p>Every key holds the municipality, the language, what is kept and its parameters, plus the
 * municipality's generation: {@link #evict} starts a new generation, so a value read before a
 * change is never served after it, even when its reading was still running at the time of the
 * change. A change evicts once its transaction commits: any event of the application that names a
 * municipality (and an event naming none evicts all) unless it declares that it changes nothing
 * public ({@link NoPublicChange}), and the explicit {@link #evictAfterCommit} of writers that
 * publish no event. Other nodes of a cluster do not hear of a change: their entries expire after a
 * short time to live ({@code app.public-cache.ttl}, 5 seconds by default).
 */
@Component
public class PublicPageCache {

  private record Key(
      MunicipalityId municipality,
      long generation,
      long everyone,
      Locale locale,
      String what,
      Object params) {}

  private static final ClassValue<@Nullable Method> MUNICIPALITY =
      new ClassValue<>() {
        @Override
        protected @Nullable Method computeValue(Class<?> type) {
          try {
            Method m = type.getMethod("municipalityId");
            return m.getReturnType() == MunicipalityId.class && m.trySetAccessible() ? m : null;
          } catch (NoSuchMethodException e) {
            return null;
          }
        }
      };

  private final Cache<Key, Object> cache;
  private final Map<MunicipalityId, AtomicLong> generations = new ConcurrentHashMap<>();
  private final AtomicLong everyone = new AtomicLong();

  PublicPageCache(
      @Value("${app.public-cache.ttl:5s}") Duration ttl,
      @Value("${app.public-cache.max-entries:20000}") long maxEntries) {
    this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).build();
  }

  /**
   * The kept value, or {@code load}'s, kept from now on. {@code params} must identify everything
   * the value depends on besides the municipality and the language, and have value equality.
   */
  @SuppressWarnings("unchecked")
  public <T> T get(
      MunicipalityId municipality, Locale locale, String what, Object params, Supplier<T> load) {
    long all = everyone.get();
    long generation = generations.computeIfAbsent(municipality, m -> new AtomicLong()).get();
    return (T)
        cache.get(new Key(municipality, generation, all, locale, what, params), k -> load.get());
  }

  /**
   * Forgets everything kept for the municipality: its entries become unreachable at once (a new
   * generation) and leave memory when they expire, so an eviction costs the same however much is
   * kept.
   */
  public void evict(MunicipalityId municipality) {
    generations.computeIfAbsent(municipality, m -> new AtomicLong()).incrementAndGet();
  }

  /** Forgets everything kept for every municipality. */
  public void evictAll() {
    everyone.incrementAndGet();
  }

  /** Forgets the municipality's entries when the current transaction commits (at once outside). */
  public void evictAfterCommit(MunicipalityId municipality) {
    afterCommit(() -> evict(municipality));
  }

  private static void afterCommit(Runnable evict) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              // A rolled back change changed nothing, but evicting then costs only a reload.
              evict.run();
            }
          });
    } else {
      evict.run();
    }
  }

  /**
   * Every event of the application is a change: the municipality it names (or every municipality)
   * is evicted when the publishing transaction ends. Only an event that declares it changes nothing
   * public ({@link NoPublicChange}, e.g. a report waiting for moderation) evicts nothing, so that a
   * stream of submissions does not make every public page read afresh.
   */
  @EventListener
  void on(Object event) {
    Object payload =
        event instanceof org.springframework.context.PayloadApplicationEvent<?> p
            ? p.getPayload()
            : event;
    if (!payload.getClass().getName().startsWith("se.trygghetsdialog.")
        || payload instanceof NoPublicChange) {
      return;
    }
    MunicipalityId municipality = municipalityOf(payload);
    if (municipality == null) {
      afterCommit(this::evictAll);
    } else {
      afterCommit(() -> evict(municipality));
    }
  }

  private static @Nullable MunicipalityId municipalityOf(Object event) {
    if (event instanceof AuditableEvent auditable) {
      return auditable.municipalityId();
    }
    Method accessor = MUNICIPALITY.get(event.getClass());
    if (accessor == null) {
      return null;
    }
    try {
      return (MunicipalityId) accessor.invoke(event);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
