package se.trygghetsdialog.measure;

import java.time.LocalDate;
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
import se.trygghetsdialog.shared.db.VersionedRows;

/** SQL for response tasks (table response_task). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResponseTaskRepository {

  private static final VersionedRows VERSIONED = new VersionedRows("response_task", "task_id");

  private final JdbcClient jdbc;

  // ---- response tasks ---------------------------------------------------------------------

  private static final String TASK_COLUMNS =
      """
      task_id AS id, measure_id, recipient, subject, due_on, response, responded_at, escalated_at,
      version, created_at
      """;

  private static final MunicipalityRows<ResponseTask> TASKS =
      MunicipalityRows.of(
          ResponseTask.class, TASK_COLUMNS, "FROM response_task WHERE municipality_id = :m");

  Optional<UUID> taskByCreationToken(MunicipalityId municipality, UUID token) {
    return TASKS
        .optional(jdbc, municipality, "AND creation_token = :t", Map.of("t", token))
        .map(ResponseTask::id);
  }

  void insertTask(
      MunicipalityId municipality, ResponseTask t, UUID creationToken, @Nullable UUID by) {
    jdbc.sql(
            """
            INSERT INTO response_task (task_id, municipality_id, measure_id, recipient, subject,
              due_on, creation_token, created_by)
            VALUES (:id, :m, :measure, :recipient, :subject, :due, :token, :by)
            """)
        .param("id", t.id())
        .param("m", municipality.value())
        .param("measure", t.measureId() == null ? null : t.measureId().value())
        .param("recipient", t.recipient())
        .param("subject", t.subject())
        .param("due", t.dueOn())
        .param("token", creationToken)
        .param("by", by)
        .update();
  }

  Optional<ResponseTask> task(MunicipalityId municipality, UUID id) {
    return TASKS.optional(jdbc, municipality, "AND task_id = :id", Map.of("id", id));
  }

  /** Open tasks first by deadline, then answered ones newest first. */
  List<ResponseTask> tasks(MunicipalityId municipality) {
    return TASKS.list(
        jdbc, municipality, "ORDER BY (responded_at IS NOT NULL), due_on, created_at");
  }

  boolean answer(
      MunicipalityId municipality, UUID id, int version, String response, OffsetDateTime now) {
    return VERSIONED.update(
        jdbc,
        municipality,
        id,
        version,
        "response = :response, responded_at = :now",
        "AND responded_at IS NULL",
        Map.of("response", response, "now", now));
  }

  /** Open tasks past their deadline that were not escalated yet. */
  List<ResponseTask> overdueNotEscalated(MunicipalityId municipality, LocalDate today) {
    return TASKS.list(
        jdbc,
        municipality,
        "AND responded_at IS NULL AND escalated_at IS NULL AND due_on < :today ORDER BY due_on",
        Map.of("today", today));
  }

  /** Marks a task escalated; false if another run already did. */
  boolean markEscalated(MunicipalityId municipality, UUID id, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE response_task SET escalated_at = :now
                WHERE municipality_id = :m AND task_id = :id AND escalated_at IS NULL
                """)
            .param("now", now)
            .param("m", municipality.value())
            .param("id", id)
            .update()
        == 1;
  }
}
