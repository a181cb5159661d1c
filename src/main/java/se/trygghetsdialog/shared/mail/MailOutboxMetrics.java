package se.trygghetsdialog.shared.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code mail.outbox.size}: mails of every municipality still waiting to be sent (not yet
 * delivered and not given up), counted in the database at each scrape so every node reports the
 * same queue.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MailOutboxMetrics implements MeterBinder {

  private final JdbcClient jdbc;

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("mail.outbox.size", this::waiting)
        .description("Mails queued and not yet delivered")
        .register(registry);
  }

  private double waiting() {
    return jdbc.sql("SELECT count(*) FROM outbound_mail WHERE sent_at IS NULL AND attempts < :max")
        .param("max", MailDelivery.MAX_ATTEMPTS)
        .query(Long.class)
        .single();
  }
}
