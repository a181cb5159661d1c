package se.trygghetsdialog.place;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for category routes, assignments and their status history. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceRoutingRepository {

  private static final MunicipalityRows<Assignment> ASSIGNMENTS =
      new MunicipalityRows<>(
          """
          a.report_id, a.organisation_id, r.category_id, COALESCE(r.public_text, '') AS public_text,
            a.status, a.reason, r.reported_at, a.updated_at""",
          """
          FROM place_report_assignment a JOIN place_report r ON r.report_id = a.report_id
          WHERE a.municipality_id = :m""",
          PlaceRoutingRepository::assignment);

  private final JdbcClient jdbc;

  private static Assignment assignment(ResultSet rs, int n) throws SQLException {
    return new Assignment(
        new PlaceReportId(rs.getObject("report_id", UUID.class)),
        rs.getObject("organisation_id", UUID.class),
        rs.getObject("category_id", UUID.class),
        rs.getString("public_text"),
        AssignmentStatus.valueOf(rs.getString("status")),
        rs.getString("reason"),
        rs.getObject("reported_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class));
  }

  List<UUID> routes(MunicipalityId municipality, UUID categoryId) {
    return forCategory(
            """
            SELECT organisation_id FROM place_category_route
            WHERE municipality_id = :m AND category_id = :c ORDER BY organisation_id
            """,
            municipality,
            categoryId)
        .query(UUID.class)
        .list();
  }

  void addRoute(MunicipalityId municipality, UUID categoryId, UUID organisationId) {
    forCategory(
            """
            INSERT INTO place_category_route (municipality_id, category_id, organisation_id)
            VALUES (:m, :c, :o) ON CONFLICT DO NOTHING
            """,
            municipality,
            categoryId)
        .param("o", organisationId)
        .update();
  }

  void clearRoutes(MunicipalityId municipality, UUID categoryId) {
    forCategory(
            "DELETE FROM place_category_route WHERE municipality_id = :m AND category_id = :c",
            municipality,
            categoryId)
        .update();
  }

  /** Creates the assignments of a report for the routes of its category; idempotent. */
  void assign(MunicipalityId municipality, PlaceReportId id) {
    ReportStatements.about(
            jdbc,
            """
            INSERT INTO place_report_assignment (report_id, organisation_id, municipality_id)
            SELECT r.report_id, c.organisation_id, r.municipality_id
            FROM place_report r JOIN place_category_route c
              ON c.municipality_id = r.municipality_id AND c.category_id = r.category_id
            WHERE r.municipality_id = :m AND r.report_id = :id
            ON CONFLICT DO NOTHING
            """,
            municipality,
            id)
        .update();
  }

  List<Assignment> worklist(
      MunicipalityId municipality, @Nullable UUID organisationId, int limit, int offset) {
    return jdbc.sql(
            "SELECT "
                + ASSIGNMENTS.columns()
                + " "
                + ASSIGNMENTS.from()
                + """
                 AND (CAST(:o AS UUID) IS NULL OR a.organisation_id = :o)
                ORDER BY (a.status IN ('RESOLVED', 'NO_ACTION')), a.created_at DESC, a.report_id,
                  a.organisation_id
                LIMIT :limit OFFSET :offset
                """)
        .param("m", municipality.value())
        .param("o", organisationId)
        .param("limit", limit)
        .param("offset", offset)
        .query(ASSIGNMENTS.mapper())
        .list();
  }

  int count(MunicipalityId municipality, @Nullable UUID organisationId) {
    return jdbc.sql(
            """
            SELECT count(*) FROM place_report_assignment
            WHERE municipality_id = :m AND (CAST(:o AS UUID) IS NULL OR organisation_id = :o)
            """)
        .param("m", municipality.value())
        .param("o", organisationId)
        .query(Integer.class)
        .single();
  }

  Optional<Assignment> find(MunicipalityId municipality, PlaceReportId id, UUID organisationId) {
    return ASSIGNMENTS.optional(
        jdbc,
        municipality,
        "AND a.report_id = :id AND a.organisation_id = :o",
        Map.of("id", id.value(), "o", organisationId));
  }

  List<Assignment> ofReport(MunicipalityId municipality, PlaceReportId id) {
    return ASSIGNMENTS.list(
        jdbc,
        municipality,
        "AND a.report_id = :id ORDER BY a.created_at",
        Map.of("id", id.value()));
  }

  /** Changes the status only if it still is {@code expected}; false if someone came first. */
  boolean changeStatus(
      MunicipalityId municipality,
      PlaceReportId id,
      UUID organisationId,
      AssignmentStatus expected,
      AssignmentStatus next,
      String reason,
      UUID by) {
    int updated =
        ReportStatements.about(
                jdbc,
                """
                UPDATE place_report_assignment
                SET status = :next, reason = :reason, updated_at = now(), updated_by = :by
                WHERE municipality_id = :m AND report_id = :id AND organisation_id = :o
                  AND status = :expected
                """,
                municipality,
                id)
            .param("o", organisationId)
            .param("next", next.name())
            .param("expected", expected.name())
            .param("reason", reason)
            .param("by", by)
            .update();
    if (updated == 1) {
      ReportStatements.about(
              jdbc,
              """
              INSERT INTO place_report_status_change
                (change_id, municipality_id, report_id, organisation_id, status, reason, changed_by)
              VALUES (:c, :m, :id, :o, :status, :reason, :by)
              """,
              municipality,
              id)
          .param("c", UUID.randomUUID())
          .param("o", organisationId)
          .param("status", next.name())
          .param("reason", reason)
          .param("by", by)
          .update();
    }
    return updated == 1;
  }

  List<StatusChange> history(MunicipalityId municipality, PlaceReportId id) {
    return ReportStatements.about(
            jdbc,
            """
            SELECT organisation_id, status, reason, changed_at FROM place_report_status_change
            WHERE municipality_id = :m AND report_id = :id ORDER BY changed_at, change_id
            """,
            municipality,
            id)
        .query(StatusChange.class)
        .list();
  }

  /** The statement with the municipality bound as {@code :m} and the category as {@code :c}. */
  private JdbcClient.StatementSpec forCategory(
      String sql, MunicipalityId municipality, UUID categoryId) {
    return jdbc.sql(sql).param("m", municipality.value()).param("c", categoryId);
  }
}
