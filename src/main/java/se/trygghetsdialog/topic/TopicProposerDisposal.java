package se.trygghetsdialog.topic;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.Disposable;
import se.trygghetsdialog.records.retention.ExpiredRows;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Disposal of topics past their retention: the proposers' e-mail addresses go (and with them the
 * status mails); the topic, its public text and its history stay.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TopicProposerDisposal implements Disposable {

  private final JdbcClient jdbc;

  @Override
  public RecordKind kind() {
    return RecordKind.TOPIC;
  }

  @Override
  public List<Item> expired(MunicipalityId municipality, OffsetDateTime before, int limit) {
    return ExpiredRows.query(
        jdbc,
        """
            SELECT t.topic_id, t.created_at FROM topic t
            WHERE t.municipality_id = :m AND t.created_at < :before
              AND EXISTS (SELECT 1 FROM topic_proposer p
                          WHERE p.topic_id = t.topic_id AND p.email <> '')
            ORDER BY t.created_at, t.topic_id LIMIT :limit
            """,
        municipality,
        before,
        limit);
  }

  @Override
  public void dispose(MunicipalityId municipality, UUID id) {
    ExpiredRows.update(
        jdbc,
        """
            UPDATE topic_proposer SET email = '', confirm_token_hash = NULL,
                   stop_token_hash = NULL, stopped_at = coalesce(stopped_at, now())
            WHERE topic_id = :id AND municipality_id = :m
            """,
        municipality,
        id);
  }
}
