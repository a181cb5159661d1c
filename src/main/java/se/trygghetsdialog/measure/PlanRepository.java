package se.trygghetsdialog.measure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for åtgärdsplan versions, medborgarlöften and response tasks. */
@Repository
class PlanRepository {

  private final JdbcClient jdbc;

  PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---- åtgärdsplan ------------------------------------------------------------------------

  int nextVersionNumber(MunicipalityId municipality) {
    return jdbc.sql(
            "SELECT coalesce(max(version_number), 0) + 1 FROM action_plan_version WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query(Integer.class)
        .single();
  }

  /**
   * @return false if another version with this number was adopted concurrently (nothing stored)
   */
  boolean insertVersion(MunicipalityId municipality, ActionPlanVersion v, @Nullable UUID by) {
    int rows =
        jdbc.sql(
                """
                INSERT INTO action_plan_version (plan_version_id, municipality_id, version_number,
                  title, introduction, adopted_by, adopted_on, paragraph, registration_number,
                  recorded_by)
                VALUES (:id, :m, :n, :title, :intro, :by, :on, :paragraph, :registration, :actor)
                ON CONFLICT (municipality_id, version_number) DO NOTHING
                """)
            .param("id", v.id())
            .param("m", municipality.value())
            .param("n", v.versionNumber())
            .param("title", v.title())
            .param("intro", v.introduction())
            .param("by", v.adoptedBy())
            .param("on", v.adoptedOn())
            .param("paragraph", v.paragraph())
            .param("registration", v.registrationNumber())
            .param("actor", by)
            .update();
    if (rows == 0) {
      return false;
    }
    int position = 0;
    for (ActionPlanItem item : v.items()) {
      jdbc.sql(
              """
              INSERT INTO action_plan_item (plan_version_id, municipality_id, position, measure_id,
                title, description, owner, horizon, measure_type, status, expected_effect,
                follow_up_on, problems)
              VALUES (:v, :m, :p, :measure, :title, :description, :owner, :horizon, :type, :status,
                :effect, :followUp, :problems)
              """)
          .param("v", v.id())
          .param("m", municipality.value())
          .param("p", position++)
          .param("measure", item.measureId().value())
          .param("title", item.title())
          .param("description", item.description())
          .param("owner", item.owner())
          .param("horizon", item.horizon().name())
          .param("type", item.measureType() == null ? null : item.measureType().name())
          .param("status", item.status().name())
          .param("effect", item.expectedEffect())
          .param("followUp", item.followUpOn())
          .param("problems", item.problems())
          .update();
    }
    return true;
  }

  private ActionPlanVersion version(MunicipalityId municipality, ResultSet rs) throws SQLException {
    UUID id = rs.getObject("plan_version_id", UUID.class);
    return new ActionPlanVersion(
        id,
        rs.getInt("version_number"),
        rs.getString("title"),
        rs.getString("introduction"),
        rs.getString("adopted_by"),
        MeasureRepository.date(rs, "adopted_on"),
        rs.getString("paragraph"),
        rs.getString("registration_number"),
        items(municipality, id));
  }

  private List<ActionPlanItem> items(MunicipalityId municipality, UUID version) {
    return jdbc.sql(
            """
            SELECT measure_id, title, description, owner, horizon, measure_type, status,
              expected_effect, follow_up_on, problems
            FROM action_plan_item WHERE municipality_id = :m AND plan_version_id = :v
            ORDER BY position
            """)
        .param("m", municipality.value())
        .param("v", version)
        .query(
            (rs, n) -> {
              String type = rs.getString("measure_type");
              return new ActionPlanItem(
                  new MeasureId(rs.getObject("measure_id", UUID.class)),
                  rs.getString("title"),
                  rs.getString("description"),
                  rs.getString("owner"),
                  Horizon.valueOf(rs.getString("horizon")),
                  type == null ? null : MeasureType.valueOf(type),
                  MeasureStatus.valueOf(rs.getString("status")),
                  rs.getString("expected_effect"),
                  MeasureRepository.date(rs, "follow_up_on"),
                  rs.getString("problems"));
            })
        .list();
  }

  /** Every adopted version, newest first. */
  List<ActionPlanVersion> versions(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT plan_version_id, version_number, title, introduction, adopted_by, adopted_on,
              paragraph, registration_number
            FROM action_plan_version WHERE municipality_id = :m ORDER BY version_number DESC
            """)
        .param("m", municipality.value())
        .query((rs, n) -> version(municipality, rs))
        .list();
  }

  Optional<ActionPlanVersion> version(MunicipalityId municipality, int number) {
    return jdbc.sql(
            """
            SELECT plan_version_id, version_number, title, introduction, adopted_by, adopted_on,
              paragraph, registration_number
            FROM action_plan_version WHERE municipality_id = :m AND version_number = :n
            """)
        .param("m", municipality.value())
        .param("n", number)
        .query((rs, n) -> version(municipality, rs))
        .optional();
  }

  // ---- medborgarlöften --------------------------------------------------------------------

  Optional<UUID> promiseByCreationToken(MunicipalityId municipality, UUID token) {
    return jdbc.sql(
            "SELECT promise_id FROM citizen_promise WHERE municipality_id = :m AND creation_token = :t")
        .param("m", municipality.value())
        .param("t", token)
        .query(UUID.class)
        .optional();
  }

  void insertPromise(
      MunicipalityId municipality, CitizenPromise p, UUID creationToken, @Nullable UUID by) {
    jdbc.sql(
            """
            INSERT INTO citizen_promise (promise_id, municipality_id, party, focus_area,
              period_start, period_end, promise_text, status, evidence, creation_token, created_by)
            VALUES (:id, :m, :party, :focus, :start, :end, :text, :status, :evidence, :token, :by)
            """)
        .param("id", p.id())
        .param("m", municipality.value())
        .param("party", p.party().name())
        .param("focus", p.focusArea())
        .param("start", p.periodStart())
        .param("end", p.periodEnd())
        .param("text", p.promiseText())
        .param("status", p.status().name())
        .param("evidence", p.evidence())
        .param("token", creationToken)
        .param("by", by)
        .update();
    for (Measure activity : p.activities()) {
      jdbc.sql(
              """
              INSERT INTO citizen_promise_activity (promise_id, municipality_id, measure_id)
              VALUES (:p, :m, :measure) ON CONFLICT DO NOTHING
              """)
          .param("p", p.id())
          .param("m", municipality.value())
          .param("measure", activity.id().value())
          .update();
    }
    for (MeasureLink link : p.evidenceLinks()) {
      jdbc.sql(
              """
              INSERT INTO citizen_promise_evidence (promise_id, municipality_id, input_type,
                input_id, label)
              VALUES (:p, :m, :type, :id, :label) ON CONFLICT DO NOTHING
              """)
          .param("p", p.id())
          .param("m", municipality.value())
          .param("type", link.input().type())
          .param("id", link.input().id())
          .param("label", link.label())
          .update();
    }
  }

  record PromiseRow(
      UUID id,
      PromiseParty party,
      String focusArea,
      LocalDate start,
      LocalDate end,
      String text,
      PromiseStatus status,
      String evidence,
      int version) {}

  List<PromiseRow> promises(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT promise_id, party, focus_area, period_start, period_end, promise_text, status,
              evidence, version
            FROM citizen_promise WHERE municipality_id = :m
            ORDER BY period_start DESC, created_at
            """)
        .param("m", municipality.value())
        .query(
            (rs, n) ->
                new PromiseRow(
                    rs.getObject("promise_id", UUID.class),
                    PromiseParty.valueOf(rs.getString("party")),
                    rs.getString("focus_area"),
                    MeasureRepository.date(rs, "period_start"),
                    MeasureRepository.date(rs, "period_end"),
                    rs.getString("promise_text"),
                    PromiseStatus.valueOf(rs.getString("status")),
                    rs.getString("evidence"),
                    rs.getInt("version")))
        .list();
  }

  /**
   * @return false if the promise changed since {@code version} or does not exist
   */
  boolean updatePromiseStatus(
      MunicipalityId municipality, UUID promise, int version, PromiseStatus status) {
    return jdbc.sql(
                """
                UPDATE citizen_promise SET status = :status, version = version + 1
                WHERE municipality_id = :m AND promise_id = :p AND version = :version
                """)
            .param("status", status.name())
            .param("m", municipality.value())
            .param("p", promise)
            .param("version", version)
            .update()
        == 1;
  }

  List<UUID> promiseActivities(MunicipalityId municipality, UUID promise) {
    return jdbc.sql(
            """
            SELECT a.measure_id FROM citizen_promise_activity a JOIN measure m
              ON m.measure_id = a.measure_id
            WHERE a.municipality_id = :m AND a.promise_id = :p ORDER BY m.created_at
            """)
        .param("m", municipality.value())
        .param("p", promise)
        .query(UUID.class)
        .list();
  }

  List<MeasureLink> promiseEvidence(MunicipalityId municipality, UUID promise) {
    return jdbc.sql(
            """
            SELECT input_type, input_id, label FROM citizen_promise_evidence
            WHERE municipality_id = :m AND promise_id = :p ORDER BY label
            """)
        .param("m", municipality.value())
        .param("p", promise)
        .query(
            (rs, n) ->
                new MeasureLink(
                    new MeasureId(promise),
                    new InputRef(rs.getString("input_type"), rs.getObject("input_id", UUID.class)),
                    rs.getString("label"),
                    OffsetDateTime.now()))
        .list();
  }

  // ---- response tasks ---------------------------------------------------------------------

  private static ResponseTask task(ResultSet rs, int n) throws SQLException {
    UUID measure = rs.getObject("measure_id", UUID.class);
    return new ResponseTask(
        rs.getObject("task_id", UUID.class),
        measure == null ? null : new MeasureId(measure),
        rs.getString("recipient"),
        rs.getString("subject"),
        MeasureRepository.date(rs, "due_on"),
        rs.getString("response"),
        rs.getObject("responded_at", OffsetDateTime.class),
        rs.getObject("escalated_at", OffsetDateTime.class),
        rs.getInt("version"),
        rs.getObject("created_at", OffsetDateTime.class));
  }

  private static final String TASK_COLUMNS =
      """
      task_id, measure_id, recipient, subject, due_on, response, responded_at, escalated_at,
      version, created_at
      """;

  Optional<UUID> taskByCreationToken(MunicipalityId municipality, UUID token) {
    return jdbc.sql(
            "SELECT task_id FROM response_task WHERE municipality_id = :m AND creation_token = :t")
        .param("m", municipality.value())
        .param("t", token)
        .query(UUID.class)
        .optional();
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
    return jdbc.sql(
            "SELECT "
                + TASK_COLUMNS
                + " FROM response_task WHERE municipality_id = :m AND task_id = :id")
        .param("m", municipality.value())
        .param("id", id)
        .query(PlanRepository::task)
        .optional();
  }

  /** Open tasks first by deadline, then answered ones newest first. */
  List<ResponseTask> tasks(MunicipalityId municipality) {
    return jdbc.sql(
            "SELECT "
                + TASK_COLUMNS
                + """
                 FROM response_task WHERE municipality_id = :m
                ORDER BY (responded_at IS NOT NULL), due_on, created_at
                """)
        .param("m", municipality.value())
        .query(PlanRepository::task)
        .list();
  }

  boolean answer(
      MunicipalityId municipality, UUID id, int version, String response, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE response_task SET response = :response, responded_at = :now,
                  version = version + 1
                WHERE municipality_id = :m AND task_id = :id AND version = :version
                  AND responded_at IS NULL
                """)
            .param("response", response)
            .param("now", now)
            .param("m", municipality.value())
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  /** Open tasks past their deadline that were not escalated yet. */
  List<ResponseTask> overdueNotEscalated(MunicipalityId municipality, LocalDate today) {
    return jdbc.sql(
            "SELECT "
                + TASK_COLUMNS
                + """
                 FROM response_task WHERE municipality_id = :m AND responded_at IS NULL
                  AND escalated_at IS NULL AND due_on < :today ORDER BY due_on
                """)
        .param("m", municipality.value())
        .param("today", today)
        .query(PlanRepository::task)
        .list();
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
