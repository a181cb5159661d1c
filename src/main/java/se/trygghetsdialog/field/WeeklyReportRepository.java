package se.trygghetsdialog.field;

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

/** SQL of weekly reports and their rows per place. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WeeklyReportRepository {

  private final JdbcClient jdbc;

  /** An instance's, as a report's places are read with it. */
  private final MunicipalityRows<WeeklyReport> reports =
      new MunicipalityRows<>(
          """
          report_id, municipality_id, week_id, iso_year, iso_week, title, appeal, presence,
          activities, status, return_comment, submitted_by, submitted_at, published_at, updated_at""",
          "FROM weekly_report WHERE municipality_id = :m",
          (rs, n) -> report(rs));

  private WeeklyReport report(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("report_id", UUID.class);
    return new WeeklyReport(
        id,
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getObject("week_id", UUID.class),
        new WeekNumber(rs.getInt("iso_year"), rs.getInt("iso_week")),
        rs.getString("title"),
        rs.getString("appeal"),
        rs.getString("presence"),
        rs.getString("activities"),
        places(id),
        WeeklyReportStatus.valueOf(rs.getString("status")),
        rs.getString("return_comment"),
        rs.getObject("submitted_by", UUID.class),
        rs.getObject("submitted_at", OffsetDateTime.class),
        rs.getObject("published_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class));
  }

  private List<WeeklyReport.Place> places(UUID reportId) {
    return jdbc.sql(
            "SELECT place, incidents, actions FROM weekly_report_place WHERE report_id = :id"
                + " ORDER BY position")
        .param("id", reportId)
        .query(
            (rs, n) ->
                new WeeklyReport.Place(
                    rs.getString("place"), rs.getString("incidents"), rs.getString("actions")))
        .list();
  }

  /** Inserts a draft unless the week has a report; true if this call inserted it. */
  boolean insertDraft(
      MunicipalityId municipality,
      EstWeek week,
      String title,
      String appeal,
      String presence,
      List<WeeklyReport.Place> places,
      @Nullable UUID actor) {
    UUID id = UUID.randomUUID();
    int inserted =
        jdbc.sql(
                """
                INSERT INTO weekly_report (report_id, municipality_id, week_id, iso_year, iso_week,
                  title, appeal, presence, status, created_by)
                VALUES (:id, :m, :w, :y, :n, :title, :appeal, :presence, 'DRAFT', :actor)
                ON CONFLICT (week_id) DO NOTHING
                """)
            .param("id", id)
            .param("m", municipality.value())
            .param("w", week.id())
            .param("y", week.week().year())
            .param("n", week.week().week())
            .param("title", title)
            .param("appeal", appeal)
            .param("presence", presence)
            .param("actor", actor)
            .update();
    if (inserted == 1) {
      replacePlaces(id, places);
    }
    return inserted == 1;
  }

  /**
   * Stores the texts of a draft, every one of which was screened and found free of personal data
   * (see {@link #textsScreened}).
   */
  void update(
      UUID id,
      String title,
      String appeal,
      String presence,
      String activities,
      List<WeeklyReport.Place> places) {
    jdbc.sql(
            """
            UPDATE weekly_report SET title = :title, appeal = :appeal, presence = :presence,
              activities = :activities, status = 'DRAFT', texts_screened = TRUE,
              updated_at = now()
            WHERE report_id = :id AND status IN ('DRAFT', 'RETURNED')
            """)
        .param("id", id)
        .param("title", title)
        .param("appeal", appeal)
        .param("presence", presence)
        .param("activities", activities)
        .update();
    replacePlaces(id, places);
  }

  /** Whether the report's texts as stored were screened when they were saved, finding nothing. */
  boolean textsScreened(UUID id) {
    return jdbc.sql("SELECT texts_screened FROM weekly_report WHERE report_id = :id")
        .param("id", id)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  private void replacePlaces(UUID id, List<WeeklyReport.Place> places) {
    jdbc.sql("DELETE FROM weekly_report_place WHERE report_id = :id").param("id", id).update();
    int position = 0;
    for (WeeklyReport.Place p : places) {
      jdbc.sql(
              "INSERT INTO weekly_report_place (report_id, position, place, incidents, actions)"
                  + " VALUES (:id, :pos, :place, :incidents, :actions)")
          .param("id", id)
          .param("pos", position++)
          .param("place", p.place())
          .param("incidents", p.incidents())
          .param("actions", p.actions())
          .update();
    }
  }

  /** Moves the report from one status to another; false if it was not in {@code from}. */
  boolean move(
      UUID id,
      List<WeeklyReportStatus> from,
      WeeklyReportStatus to,
      String returnComment,
      @Nullable UUID actor) {
    String set =
        switch (to) {
          case SUBMITTED -> "submitted_by = :actor, submitted_at = now(), return_comment = ''";
          case PUBLISHED -> "approved_by = :actor, published_at = now()";
          case RETURNED -> "return_comment = :comment";
          case DRAFT -> "updated_at = now()";
        };
    return jdbc.sql(
                "UPDATE weekly_report SET status = :to, updated_at = now(), "
                    + set
                    + " WHERE report_id = :id AND status IN (:from)")
            .param("id", id)
            .param("to", to.name())
            .param("from", from.stream().map(Enum::name).toList())
            .param("actor", actor)
            .param("comment", returnComment)
            .update()
        == 1;
  }

  Optional<WeeklyReport> find(MunicipalityId municipality, UUID id) {
    return reports.optional(jdbc, municipality, "AND report_id = :id", Map.of("id", id));
  }

  Optional<WeeklyReport> ofWeek(MunicipalityId municipality, UUID weekId) {
    return reports.optional(jdbc, municipality, "AND week_id = :w", Map.of("w", weekId));
  }

  Optional<WeeklyReport> published(MunicipalityId municipality, WeekNumber week) {
    return reports.optional(
        jdbc,
        municipality,
        "AND iso_year = :y AND iso_week = :w AND status = 'PUBLISHED'",
        Map.of("y", week.year(), "w", week.week()));
  }

  List<WeeklyReport> withStatus(
      MunicipalityId municipality, WeeklyReportStatus status, int offset, int limit) {
    return reports.list(
        jdbc,
        municipality,
        "AND status = :s ORDER BY iso_year DESC, iso_week DESC LIMIT :limit OFFSET :offset",
        Map.of("s", status.name(), "limit", limit, "offset", offset));
  }

  int countWithStatus(MunicipalityId municipality, WeeklyReportStatus status) {
    return reports.count(jdbc, municipality, "AND status = :s", Map.of("s", status.name()));
  }
}
