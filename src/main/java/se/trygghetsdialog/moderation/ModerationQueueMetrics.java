package se.trygghetsdialog.moderation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.observability.CountGauge;

/**
 * The gauge {@code moderation.queue.size}: resident texts of every municipality awaiting review.
 */
@Component
class ModerationQueueMetrics extends CountGauge {

  ModerationQueueMetrics(JdbcClient jdbc) {
    super(
        jdbc,
        "moderation.queue.size",
        "Resident texts waiting for moderation",
        "SELECT count(*) FROM moderation_item WHERE status = 'PENDING'");
  }
}
