package se.trygghetsdialog.records.retention;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for retention classes, disposal runs and the per-item claims of the disposal log. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RetentionRepository {

  private final JdbcClient jdbc;

  Map<RecordKind, RetentionClass> classes(MunicipalityId municipality) {
    Map<RecordKind, RetentionClass> classes = new EnumMap<>(RecordKind.class);
    for (RecordKind kind : RecordKind.values()) {
      classes.put(kind, RetentionClass.keep(kind));
    }
    jdbc.sql(
            "SELECT kind, months, decision_reference FROM retention_class"
                + " WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query(
            rs -> {
              String name = rs.getString("kind");
              for (RecordKind kind : RecordKind.values()) {
                if (kind.name().equals(name)) {
                  classes.put(
                      kind,
                      new RetentionClass(
                          kind,
                          rs.getObject("months", Integer.class),
                          rs.getString("decision_reference")));
                }
              }
            });
    return classes;
  }

  void save(MunicipalityId municipality, RetentionClass retention, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO retention_class
              (municipality_id, kind, months, decision_reference, changed_at)
            VALUES (:m, :kind, :months, :decision, :now)
            ON CONFLICT (municipality_id, kind) DO UPDATE
              SET months = :months, decision_reference = :decision, changed_at = :now
            """)
        .param("m", municipality.value())
        .param("kind", retention.kind().name())
        .param("months", retention.months())
        .param("decision", retention.decisionReference())
        .param("now", now)
        .update();
  }

  /** Municipalities with at least one kind of record whose items are disposed of. */
  List<MunicipalityId> municipalitiesWithDecisions() {
    return jdbc.sql(
            "SELECT DISTINCT municipality_id FROM retention_class"
                + " WHERE months IS NOT NULL AND decision_reference <> ''")
        .query((rs, row) -> new MunicipalityId(rs.getObject(1, UUID.class)))
        .list();
  }

  void startRun(
      UUID runId,
      MunicipalityId municipality,
      OffsetDateTime now,
      boolean dryRun,
      @Nullable UUID actor) {
    jdbc.sql(
            """
            INSERT INTO disposal_run (run_id, municipality_id, started_at, dry_run, actor_account_id)
            VALUES (:id, :m, :now, :dry, :actor)
            """)
        .param("id", runId)
        .param("m", municipality.value())
        .param("now", now)
        .param("dry", dryRun)
        .param("actor", actor)
        .update();
  }

  void finishRun(UUID runId, int items) {
    jdbc.sql("UPDATE disposal_run SET item_count = :n WHERE run_id = :id")
        .param("n", items)
        .param("id", runId)
        .update();
  }

  /**
   * Claims one item for this run: true means this caller disposes of it. A claim by another run (or
   * node) of the same item makes this one wait for that commit and then get false.
   */
  boolean claim(
      UUID runId,
      MunicipalityId municipality,
      RecordKind kind,
      UUID itemId,
      String decision,
      OffsetDateTime now) {
    return jdbc.sql(
                """
                INSERT INTO disposal_item
                  (kind, item_id, municipality_id, run_id, decision_reference, disposed_at)
                VALUES (:kind, :item, :m, :run, :decision, :now)
                ON CONFLICT DO NOTHING
                """)
            .param("kind", kind.name())
            .param("item", itemId)
            .param("m", municipality.value())
            .param("run", runId)
            .param("decision", decision)
            .param("now", now)
            .update()
        == 1;
  }

  List<DisposalRun> runs(MunicipalityId municipality, int limit) {
    return jdbc.sql(
            """
            SELECT run_id, started_at, dry_run, item_count FROM disposal_run
            WHERE municipality_id = :m ORDER BY started_at DESC, run_id LIMIT :limit
            """)
        .param("m", municipality.value())
        .param("limit", limit)
        .query(
            (rs, row) ->
                new DisposalRun(
                    rs.getObject("run_id", UUID.class),
                    rs.getObject("started_at", OffsetDateTime.class),
                    rs.getBoolean("dry_run"),
                    rs.getInt("item_count")))
        .list();
  }

  List<DisposedItem> items(MunicipalityId municipality, UUID runId) {
    return jdbc.sql(
            """
            SELECT kind, item_id, decision_reference, disposed_at FROM disposal_item
            WHERE municipality_id = :m AND run_id = :run ORDER BY disposed_at, kind, item_id
            """)
        .param("m", municipality.value())
        .param("run", runId)
        .query(
            (rs, row) ->
                new DisposedItem(
                    RecordKind.valueOf(rs.getString("kind")),
                    rs.getObject("item_id", UUID.class),
                    rs.getString("decision_reference"),
                    rs.getObject("disposed_at", OffsetDateTime.class)))
        .list();
  }

  /** How many times an item was claimed (0 or 1: the key allows no more). */
  int claims(RecordKind kind, UUID itemId) {
    return jdbc.sql("SELECT count(*) FROM disposal_item WHERE kind = :kind AND item_id = :item")
        .param("kind", kind.name())
        .param("item", itemId)
        .query(Integer.class)
        .single();
  }
}
