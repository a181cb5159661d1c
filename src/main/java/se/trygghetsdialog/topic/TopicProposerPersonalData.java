package se.trygghetsdialog.topic;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.rights.SqlPersonalData;

/**
 * Topics a resident proposed and asked to be told about. Erasing removes the address and stops the
 * mails; the topic stays.
 */
@Component
class TopicProposerPersonalData extends SqlPersonalData {

  TopicProposerPersonalData(JdbcClient jdbc) {
    super(
        jdbc,
        "topic",
        "topic.rights.proposer",
        """
            SELECT p.proposer_id, p.confirmation_sent_at, t.title, t.number AS topic_number,
                   t.title AS topic, p.email AS email_address, p.confirmed_at, p.stopped_at
            FROM topic_proposer p JOIN topic t ON t.topic_id = p.topic_id
            WHERE p.municipality_id = :m AND lower(trim(p.email)) = :e
            ORDER BY p.confirmation_sent_at
            """,
        """
            UPDATE topic_proposer SET email = '', confirm_token_hash = NULL,
                   stop_token_hash = NULL, stopped_at = coalesce(stopped_at, now())
            WHERE municipality_id = :m AND lower(trim(email)) = :e
            """);
  }
}
