package se.trygghetsdialog.place;

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
 * Disposal of place reports past their retention: the reporter's e-mail address, the text as
 * written and the photo go; category, place, time, status, agreements and the moderator's public
 * text stay, so the map, its counts and the statistics are unchanged.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceReportDisposal implements Disposable {

  private final JdbcClient jdbc;

  @Override
  public RecordKind kind() {
    return RecordKind.PLACE_REPORT;
  }

  @Override
  public List<Item> expired(MunicipalityId municipality, OffsetDateTime before, int limit) {
    return ExpiredRows.query(
        jdbc,
        """
            SELECT report_id, reported_at FROM place_report
            WHERE municipality_id = :m AND reported_at < :before AND disposed_at IS NULL
            ORDER BY reported_at, report_id LIMIT :limit
            """,
        municipality,
        before,
        limit);
  }

  @Override
  public void dispose(MunicipalityId municipality, UUID id) {
    ExpiredRows.update(
        jdbc,
        "DELETE FROM place_photo WHERE report_id = :id AND municipality_id = :m",
        municipality,
        id);
    ExpiredRows.update(
        jdbc,
        """
            UPDATE place_report SET email = NULL, description = '', disposed_at = now()
            WHERE report_id = :id AND municipality_id = :m AND disposed_at IS NULL
            """,
        municipality,
        id);
  }
}
