package se.trygghetsdialog.site;

import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for reported accessibility problems. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessibilityReportRepository {

  private static final String COLUMNS =
      "id, municipality_id, page_url, description, reply_email, created_at, handled_at";

  private static final MunicipalityRows<AccessibilityReport> REPORTS =
      MunicipalityRows.of(
          AccessibilityReport.class,
          COLUMNS,
          "FROM accessibility_report WHERE municipality_id = :m");

  private final JdbcClient jdbc;

  void insert(AccessibilityReport report) {
    jdbc.sql(
            """
            INSERT INTO accessibility_report
              (id, municipality_id, page_url, description, reply_email, created_at)
            VALUES (:id, :m, :url, :description, :email, :created)
            """)
        .param("id", report.id())
        .param("m", report.municipalityId().value())
        .param("url", report.pageUrl())
        .param("description", report.description())
        .param("email", report.replyEmail())
        .param("created", report.createdAt())
        .update();
  }

  List<AccessibilityReport> newestFirst(MunicipalityId municipality, int limit, int offset) {
    return REPORTS.page(jdbc, municipality, "ORDER BY created_at DESC, id", limit, offset);
  }

  int count(MunicipalityId municipality) {
    return REPORTS.count(jdbc, municipality);
  }

  /** Marks the report handled; false if the municipality has no such report. */
  boolean markHandled(MunicipalityId municipality, UUID id) {
    return jdbc.sql(
                "UPDATE accessibility_report SET handled_at = coalesce(handled_at, now())"
                    + " WHERE municipality_id = :m AND id = :id")
            .param("m", municipality.value())
            .param("id", id)
            .update()
        == 1;
  }
}
