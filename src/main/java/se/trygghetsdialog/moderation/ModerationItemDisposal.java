package se.trygghetsdialog.moderation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.SqlDisposable;

/**
 * Disposal of the queue's copies of screened texts, counted from the decision: the original text,
 * the public text and the findings of a decided item go; its type, status, screening flags, reason,
 * times and the log of unmaskings stay, so the queue's figures are unchanged. Items still waiting
 * for a decision are never disposed of.
 */
@Component
class ModerationItemDisposal extends SqlDisposable {

  ModerationItemDisposal(JdbcClient jdbc) {
    super(
        jdbc,
        RecordKind.MODERATION_ITEM,
        """
            SELECT item_id, decided_at FROM moderation_item
            WHERE municipality_id = :m AND status <> 'PENDING' AND decided_at < :before
              AND disposed_at IS NULL
            ORDER BY decided_at, item_id LIMIT :limit
            """,
        """
            UPDATE moderation_item SET original_text = '', public_text = NULL, findings = NULL,
                   disposed_at = now()
            WHERE item_id = :id AND municipality_id = :m AND status <> 'PENDING'
              AND disposed_at IS NULL
            """);
  }
}
