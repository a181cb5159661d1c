package se.trygghetsdialog.opinion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.SqlDisposable;

/**
 * Disposal of residents' statements (written in the service or imported) past their retention: the
 * text, the moderator's reason and the link to the pseudonymous author go; the statement keeps its
 * number, visibility and votes, so the opinion map and its figures stay the same and the statement
 * is shown with a neutral text. Statements staff seeded are not residents' data and stay.
 */
@Component
class StatementDisposal extends SqlDisposable {

  StatementDisposal(JdbcClient jdbc) {
    super(
        jdbc,
        RecordKind.STATEMENT,
        """
            SELECT statement_id, created_at FROM opinion_statement
            WHERE municipality_id = :m AND created_at < :before AND origin <> 'SEEDED'
              AND disposed_at IS NULL
            ORDER BY created_at, statement_id LIMIT :limit
            """,
        """
            UPDATE opinion_statement SET text = '', rejection_reason = '',
                   author_participant_id = NULL, disposed_at = now()
            WHERE statement_id = :id AND municipality_id = :m AND origin <> 'SEEDED'
              AND disposed_at IS NULL
            """);
  }
}
