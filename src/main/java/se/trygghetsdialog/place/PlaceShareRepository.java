package se.trygghetsdialog.place;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for place reports shared with another organisation. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceShareRepository {

  private final JdbcClient jdbc;

  boolean insert(
      MunicipalityId m, PlaceReportId report, UUID organisation, UUID actor, String reason) {
    return jdbc.sql(
                """
            INSERT INTO place_report_share (report_id, organisation_id, municipality_id, reason,
              shared_by)
            VALUES (:report, :o, :m, :reason, :actor) ON CONFLICT DO NOTHING
            """)
            .param("report", report.value())
            .param("o", organisation)
            .param("m", m.value())
            .param("reason", reason)
            .param("actor", actor)
            .update()
        == 1;
  }

  boolean delete(MunicipalityId m, PlaceReportId report, UUID organisation) {
    return jdbc.sql(
                """
            DELETE FROM place_report_share
            WHERE municipality_id = :m AND report_id = :report AND organisation_id = :o
            """)
            .param("m", m.value())
            .param("report", report.value())
            .param("o", organisation)
            .update()
        == 1;
  }

  void assign(MunicipalityId m, PlaceReportId report, UUID organisation) {
    jdbc.sql(
            """
            INSERT INTO place_report_assignment (report_id, organisation_id, municipality_id)
            VALUES (:report, :o, :m) ON CONFLICT DO NOTHING
            """)
        .param("report", report.value())
        .param("o", organisation)
        .param("m", m.value())
        .update();
  }

  void unassign(MunicipalityId m, PlaceReportId report, UUID organisation) {
    jdbc.sql(
            """
            DELETE FROM place_report_assignment
            WHERE municipality_id = :m AND report_id = :report AND organisation_id = :o
            """)
        .param("m", m.value())
        .param("report", report.value())
        .param("o", organisation)
        .update();
  }

  List<PlaceSharing.Share> ofReport(MunicipalityId m, PlaceReportId report) {
    return jdbc.sql(
            """
            SELECT organisation_id, reason, shared_at FROM place_report_share
            WHERE municipality_id = :m AND report_id = :report ORDER BY shared_at
            """)
        .param("m", m.value())
        .param("report", report.value())
        .query(
            (rs, row) ->
                new PlaceSharing.Share(
                    rs.getObject("organisation_id", UUID.class),
                    rs.getString("reason"),
                    rs.getObject("shared_at", OffsetDateTime.class)))
        .list();
  }
}
