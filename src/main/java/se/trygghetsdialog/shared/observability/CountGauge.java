package se.trygghetsdialog.shared.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A gauge whose value is a count the database gives at each scrape (a queue's length), so every
 * node reports the same number. A module subclasses it as a component with its name and query.
 */
public abstract class CountGauge implements MeterBinder {

  private final JdbcClient jdbc;
  private final String name;
  private final String description;
  private final String countQuery;

  protected CountGauge(JdbcClient jdbc, String name, String description, String countQuery) {
    this.jdbc = jdbc;
    this.name = name;
    this.description = description;
    this.countQuery = countQuery;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder(name, this::count).description(description).register(registry);
  }

  private double count() {
    return jdbc.sql(countQuery).query(Long.class).single();
  }
}
