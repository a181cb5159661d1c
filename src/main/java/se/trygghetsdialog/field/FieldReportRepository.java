package se.trygghetsdialog.field;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for field reports and their events. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FieldReportRepository {

  private final JdbcClient jdbc;

  Optional<UUID> idBySubmissionKey(MunicipalityId municipality, UUID key) {
    return HEADS
        .optional(jdbc, municipality, "AND submission_key = :k", Map.of("k", key))
        .map(Head::id);
  }

  /** Inserts the report unless its submission key exists; returns whether this call inserted. */
  boolean insertIfNew(
      MunicipalityId municipality,
      UUID id,
      UUID key,
      UUID reporter,
      ReporterKind kind,
      OffsetDateTime filedAt) {
    return jdbc.sql(
                """
                INSERT INTO field_report (report_id, municipality_id, submission_key,
                  reporter_account_id, reporter_kind, filed_at)
                VALUES (:id, :m, :k, :reporter, :kind, :at)
                ON CONFLICT (municipality_id, submission_key) DO NOTHING
                """)
            .param("id", id)
            .param("m", municipality.value())
            .param("k", key)
            .param("reporter", reporter)
            .param("kind", kind.name())
            .param("at", filedAt)
            .update()
        == 1;
  }

  void insertEvent(
      MunicipalityId municipality, UUID reportId, int position, FileFieldReport.EventInput e) {
    jdbc.sql(
            """
            INSERT INTO field_event (event_id, report_id, municipality_id, position, category_id,
              latitude, longitude, place_name, started_at, ended_at, people_involved,
              police_contacted, what_happened, action_taken, flagged)
            VALUES (:id, :report, :m, :position, :category, :lat, :lon, :place, :start, :end,
              :people, :police, :what, :done, :flagged)
            """)
        .param("id", UUID.randomUUID())
        .param("report", reportId)
        .param("m", municipality.value())
        .param("position", position)
        .param("category", e.categoryId())
        .param("lat", e.location().latitude())
        .param("lon", e.location().longitude())
        .param("place", e.placeName())
        .param("start", e.startedAt())
        .param("end", e.endedAt())
        .param("people", e.peopleInvolved())
        .param("police", e.policeContacted())
        .param("what", e.whatHappened())
        .param("done", e.actionTaken())
        .param("flagged", e.flagged())
        .update();
  }

  private record Head(
      UUID id,
      MunicipalityId municipality,
      UUID key,
      UUID reporter,
      ReporterKind kind,
      OffsetDateTime filedAt) {}

  private static Head head(ResultSet rs, int row) throws SQLException {
    return new Head(
        rs.getObject("report_id", UUID.class),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getObject("submission_key", UUID.class),
        rs.getObject("reporter_account_id", UUID.class),
        ReporterKind.valueOf(rs.getString("reporter_kind")),
        rs.getObject("filed_at", OffsetDateTime.class));
  }

  private static FieldEvent event(ResultSet rs, int row) throws SQLException {
    return new FieldEvent(
        rs.getObject("event_id", UUID.class),
        rs.getInt("position"),
        rs.getObject("category_id", UUID.class),
        new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")),
        rs.getString("place_name"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("ended_at", OffsetDateTime.class),
        rs.getInt("people_involved"),
        rs.getBoolean("police_contacted"),
        rs.getString("what_happened"),
        rs.getString("action_taken"),
        rs.getBoolean("flagged"));
  }

  private static final MunicipalityRows<Head> HEADS =
      new MunicipalityRows<>(
          "*", "FROM field_report WHERE municipality_id = :m", FieldReportRepository::head);

  private static final MunicipalityRows<FieldEvent> EVENTS =
      new MunicipalityRows<>(
          "*", "FROM field_event WHERE municipality_id = :m", FieldReportRepository::event);

  private FieldReport withEvents(Head head) {
    List<FieldEvent> events =
        EVENTS.list(
            jdbc,
            head.municipality(),
            "AND report_id = :r ORDER BY position",
            Map.of("r", head.id()));
    return new FieldReport(
        head.id(),
        head.municipality(),
        head.key(),
        head.reporter(),
        head.kind(),
        head.filedAt(),
        events);
  }

  Optional<FieldReport> find(MunicipalityId municipality, UUID id) {
    return HEADS
        .optional(jdbc, municipality, "AND report_id = :id", Map.of("id", id))
        .map(this::withEvents);
  }

  /** The ids of the newest reports, newest first, at most {@code limit}. */
  List<UUID> newestIds(MunicipalityId municipality, int limit) {
    return jdbc.sql(
            """
            SELECT report_id FROM field_report WHERE municipality_id = :m
            ORDER BY filed_at DESC LIMIT :limit
            """)
        .param("m", municipality.value())
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  /**
   * Reports, newest first, optionally of one reporter, with an event starting in [from, to) and of
   * one of the categories (null: any category).
   */
  private static final String WHERE =
      """
       WHERE r.municipality_id = :m
         AND (CAST(:reporter AS UUID) IS NULL OR r.reporter_account_id = :reporter)
         AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR EXISTS (SELECT 1 FROM field_event e
               WHERE e.report_id = r.report_id AND e.started_at >= :from AND e.started_at < :to))
         AND (CAST(:filterCategories AS BOOLEAN) IS FALSE OR EXISTS (SELECT 1 FROM field_event e
               WHERE e.report_id = r.report_id AND e.category_id = ANY(:categories)))
      """;

  List<FieldReport> page(
      MunicipalityId municipality,
      @Nullable UUID reporter,
      @Nullable OffsetDateTime from,
      @Nullable OffsetDateTime to,
      @Nullable Set<UUID> categories,
      int limit,
      int offset) {
    return filter(
            jdbc.sql(
                "SELECT r.* FROM field_report r"
                    + WHERE
                    + " ORDER BY r.filed_at DESC, r.report_id LIMIT :limit OFFSET :offset"),
            municipality,
            reporter,
            from,
            to,
            categories)
        .param("limit", limit)
        .param("offset", offset)
        .query(FieldReportRepository::head)
        .list()
        .stream()
        .map(this::withEvents)
        .toList();
  }

  int count(
      MunicipalityId municipality,
      @Nullable UUID reporter,
      @Nullable OffsetDateTime from,
      @Nullable OffsetDateTime to,
      @Nullable Set<UUID> categories) {
    return filter(
            jdbc.sql("SELECT count(*) FROM field_report r" + WHERE),
            municipality,
            reporter,
            from,
            to,
            categories)
        .query(Integer.class)
        .single();
  }

  /** Binds the parameters of {@link #WHERE}. */
  private static JdbcClient.StatementSpec filter(
      JdbcClient.StatementSpec sql,
      MunicipalityId municipality,
      @Nullable UUID reporter,
      @Nullable OffsetDateTime from,
      @Nullable OffsetDateTime to,
      @Nullable Set<UUID> categories) {
    return sql.param("m", municipality.value())
        .param("reporter", reporter)
        .param("from", from)
        .param("to", to)
        .param("filterCategories", categories != null)
        .param("categories", categories == null ? new UUID[0] : categories.toArray(UUID[]::new));
  }
}
