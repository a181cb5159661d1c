package se.trygghetsdialog.field;

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

/** SQL of EST weeks: the week, its checklist, its planned actions and follow-ups. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EstWeekRepository {

  private final JdbcClient jdbc;

  private static final MunicipalityRows<EstWeek> WEEKS =
      new MunicipalityRows<>(
          "week_id, municipality_id, iso_year, iso_week, status, started_at, closed_at",
          "FROM est_week WHERE municipality_id = :m",
          (rs, n) -> week(rs));

  private static EstWeek week(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new EstWeek(
        rs.getObject("week_id", UUID.class),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        new WeekNumber(rs.getInt("iso_year"), rs.getInt("iso_week")),
        EstWeekStatus.valueOf(rs.getString("status")),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("closed_at", OffsetDateTime.class));
  }

  /** Inserts the week unless it exists; returns the week either way. */
  EstWeek insertIfAbsent(MunicipalityId municipality, WeekNumber week, @Nullable UUID actor) {
    jdbc.sql(
            """
            INSERT INTO est_week (week_id, municipality_id, iso_year, iso_week, status, started_by)
            VALUES (:id, :m, :y, :w, 'OPEN', :actor)
            ON CONFLICT (municipality_id, iso_year, iso_week) DO NOTHING
            """)
        .param("id", UUID.randomUUID())
        .param("m", municipality.value())
        .param("y", week.year())
        .param("w", week.week())
        .param("actor", actor)
        .update();
    return find(municipality, week).orElseThrow();
  }

  Optional<EstWeek> find(MunicipalityId municipality, WeekNumber week) {
    return WEEKS.optional(
        jdbc,
        municipality,
        "AND iso_year = :y AND iso_week = :w",
        Map.of("y", week.year(), "w", week.week()));
  }

  List<EstWeek> page(MunicipalityId municipality, int offset, int limit) {
    return WEEKS.page(jdbc, municipality, "ORDER BY iso_year DESC, iso_week DESC", limit, offset);
  }

  int count(MunicipalityId municipality) {
    return WEEKS.count(jdbc, municipality);
  }

  boolean close(MunicipalityId municipality, UUID weekId, @Nullable UUID actor) {
    return jdbc.sql(
                """
                UPDATE est_week SET status = 'CLOSED', closed_by = :actor, closed_at = now()
                WHERE municipality_id = :m AND week_id = :id AND status = 'OPEN'
                """)
            .param("m", municipality.value())
            .param("id", weekId)
            .param("actor", actor)
            .update()
        == 1;
  }

  // ---- checklist ----------------------------------------------------------------------------

  List<EstChecklist.Item> checks(UUID weekId) {
    return jdbc.sql(
            "SELECT item_key, done, done_by_name, done_at, note FROM est_week_check"
                + " WHERE week_id = :id")
        .param("id", weekId)
        .query(
            (rs, n) ->
                new EstChecklist.Item(
                    rs.getString("item_key"),
                    rs.getBoolean("done"),
                    rs.getString("done_by_name"),
                    rs.getObject("done_at", OffsetDateTime.class),
                    rs.getString("note")))
        .list();
  }

  /**
   * Saves an item. A newly ticked item records who ticked it and when; an item ticked before keeps
   * its first tick; an unticked one forgets it.
   */
  void saveCheck(UUID weekId, String key, boolean done, String note, UUID actor, String actorName) {
    jdbc.sql(
            """
            INSERT INTO est_week_check (week_id, item_key, done, done_by, done_by_name, done_at, note)
            VALUES (:id, :key, :done, CASE WHEN :done THEN :actor END,
                    CASE WHEN :done THEN :name ELSE '' END, CASE WHEN :done THEN now() END, :note)
            ON CONFLICT (week_id, item_key) DO UPDATE SET
              done = EXCLUDED.done,
              note = EXCLUDED.note,
              done_by = CASE WHEN NOT EXCLUDED.done THEN NULL
                             WHEN est_week_check.done THEN est_week_check.done_by
                             ELSE EXCLUDED.done_by END,
              done_by_name = CASE WHEN NOT EXCLUDED.done THEN ''
                                  WHEN est_week_check.done THEN est_week_check.done_by_name
                                  ELSE EXCLUDED.done_by_name END,
              done_at = CASE WHEN NOT EXCLUDED.done THEN NULL
                             WHEN est_week_check.done THEN est_week_check.done_at
                             ELSE EXCLUDED.done_at END
            """)
        .param("id", weekId)
        .param("key", key)
        .param("done", done)
        .param("actor", actor)
        .param("name", actorName)
        .param("note", note)
        .update();
  }

  // ---- actions ------------------------------------------------------------------------------

  void insertAction(UUID weekId, UUID measureId, @Nullable UUID actor) {
    jdbc.sql(
            """
            INSERT INTO est_week_action (week_id, measure_id, planned_by) VALUES (:w, :m, :a)
            ON CONFLICT DO NOTHING
            """)
        .param("w", weekId)
        .param("m", measureId)
        .param("a", actor)
        .update();
  }

  List<UUID> actions(UUID weekId) {
    return jdbc.sql(
            "SELECT measure_id FROM est_week_action WHERE week_id = :w ORDER BY planned_at,"
                + " measure_id")
        .param("w", weekId)
        .query(UUID.class)
        .list();
  }

  record FollowUp(UUID measureId, WeekFollowUpOutcome outcome, String comment) {}

  List<FollowUp> followUps(UUID weekId) {
    return jdbc.sql(
            "SELECT measure_id, outcome, comment FROM est_week_follow_up WHERE week_id = :w")
        .param("w", weekId)
        .query(
            (rs, n) ->
                new FollowUp(
                    rs.getObject("measure_id", UUID.class),
                    WeekFollowUpOutcome.valueOf(rs.getString("outcome")),
                    rs.getString("comment")))
        .list();
  }

  void saveFollowUp(
      UUID weekId,
      UUID measureId,
      WeekFollowUpOutcome outcome,
      String comment,
      @Nullable UUID actor) {
    jdbc.sql(
            """
            INSERT INTO est_week_follow_up (week_id, measure_id, outcome, comment, recorded_by)
            VALUES (:w, :m, :o, :c, :a)
            ON CONFLICT (week_id, measure_id) DO UPDATE SET outcome = EXCLUDED.outcome,
              comment = EXCLUDED.comment, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
            """)
        .param("w", weekId)
        .param("m", measureId)
        .param("o", outcome.name())
        .param("c", comment)
        .param("a", actor)
        .update();
  }
}
