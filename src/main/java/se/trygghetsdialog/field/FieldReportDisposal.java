package se.trygghetsdialog.field;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.SqlDisposable;

/**
 * Disposal of field reports past their retention, counted from when they were filed: the free texts
 * of every event (what happened, what was done) go; category, place, time, people involved and
 * police contact stay, so the EST week's figures, the heat map and the lägesbild are unchanged.
 * Field reports hold no names or photos of their own (people are counted, never identified).
 */
@Component
class FieldReportDisposal extends SqlDisposable {

  FieldReportDisposal(JdbcClient jdbc) {
    super(
        jdbc,
        RecordKind.FIELD_REPORT,
        """
            SELECT report_id, filed_at FROM field_report
            WHERE municipality_id = :m AND filed_at < :before AND disposed_at IS NULL
            ORDER BY filed_at, report_id LIMIT :limit
            """,
        """
            UPDATE field_event SET what_happened = '', action_taken = ''
            WHERE report_id = :id AND municipality_id = :m
              AND report_id IN (SELECT report_id FROM field_report WHERE disposed_at IS NULL)
            """,
        """
            UPDATE field_report SET disposed_at = now()
            WHERE report_id = :id AND municipality_id = :m AND disposed_at IS NULL
            """);
  }
}
