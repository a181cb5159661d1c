package se.trygghetsdialog.place;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.retention.SqlDisposable;

/**
 * Disposal of place reports past their retention: the reporter's e-mail address, the text as
 * written and the photo go; category, place, time, status, agreements and the moderator's public
 * text stay, so the map, its counts and the statistics are unchanged.
 */
@Component
class PlaceReportDisposal extends SqlDisposable {

  PlaceReportDisposal(JdbcClient jdbc) {
    super(
        jdbc,
        RecordKind.PLACE_REPORT,
        """
            SELECT report_id, reported_at FROM place_report
            WHERE municipality_id = :m AND reported_at < :before AND disposed_at IS NULL
            ORDER BY reported_at, report_id LIMIT :limit
            """,
        "DELETE FROM place_photo WHERE report_id = :id AND municipality_id = :m",
        """
            UPDATE place_report SET email = NULL, description = '', disposed_at = now()
            WHERE report_id = :id AND municipality_id = :m AND disposed_at IS NULL
            """);
  }
}
