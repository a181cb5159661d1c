package se.trygghetsdialog.moderation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code moderation.queue.size}: resident texts of every municipality waiting for a
 * moderator, counted in the database at each scrape.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ModerationQueueMetrics implements MeterBinder {

  private final JdbcClient jdbc;

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("moderation.queue.size", this::pending)
        .description("Resident texts waiting for moderation")
        .register(registry);
  }

  private double pending() {
    return jdbc.sql("SELECT count(*) FROM moderation_item WHERE status = 'PENDING'")
        .query(Long.class)
        .single();
  }
}
