package se.trygghetsdialog.topic;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.SqlDisposable;

/**
 * Disposal of topics past their retention: the proposers' e-mail addresses go (and with them the
 * status mails); the topic, its public text and its history stay.
 */
@Component
class TopicProposerDisposal extends SqlDisposable {

  TopicProposerDisposal(JdbcClient jdbc) {
    super(
        jdbc,
        RecordKind.TOPIC,
        """
            SELECT t.topic_id, t.created_at FROM topic t
            WHERE t.municipality_id = :m AND t.created_at < :before
              AND EXISTS (SELECT 1 FROM topic_proposer p
                          WHERE p.topic_id = t.topic_id AND p.email <> '')
            ORDER BY t.created_at, t.topic_id LIMIT :limit
            """,
        """
            UPDATE topic_proposer SET email = '', confirm_token_hash = NULL,
                   stop_token_hash = NULL, stopped_at = coalesce(stopped_at, now())
            WHERE topic_id = :id AND municipality_id = :m
            """);
  }
}
