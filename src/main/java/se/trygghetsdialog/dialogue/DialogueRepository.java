package se.trygghetsdialog.dialogue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** SQL for dialogues, their team, plan and step history. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialogueRepository {

  private static final String COLUMNS =
      """
      dialogue_id, municipality_id, title, summary, area_id, topic_origin, origin_reference,
      decision_body_id, decision_date, decision_paragraph, decision_registration,
      purpose_influence, purpose_basis, local_goals, can_be_influenced, influence_note,
      participation_level_id, conflict_level, conflict_analysis, target_groups,
      rarely_heard_groups, documentation_plan, contact_email, context, budget_sek, staff_hours,
      period_start, period_end, organisation_participants, resident_involvement, current_step,
      version, created_at
      """;

  private static final MunicipalityRows<Dialogue> DIALOGUES =
      new MunicipalityRows<>(
          COLUMNS, "FROM dialogue WHERE municipality_id = :m", DialogueRepository::dialogue);

  private static final VersionedRows VERSIONED = new VersionedRows("dialogue", "dialogue_id");

  private final JdbcClient jdbc;

  private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static Dialogue dialogue(ResultSet rs, int row) throws SQLException {
    boolean influence = rs.getBoolean("can_be_influenced");
    Boolean canBeInfluenced = rs.wasNull() ? null : influence;
    String conflict = rs.getString("conflict_level");
    Charter charter =
        new Charter(
            rs.getString("purpose_influence"),
            rs.getString("purpose_basis"),
            rs.getString("local_goals"),
            canBeInfluenced,
            rs.getString("influence_note"),
            rs.getObject("participation_level_id", UUID.class),
            conflict == null ? null : ConflictLevel.valueOf(conflict),
            rs.getString("conflict_analysis"),
            rs.getString("target_groups"),
            rs.getString("rarely_heard_groups"),
            rs.getString("documentation_plan"),
            rs.getString("contact_email"),
            rs.getString("context"),
            rs.getObject("budget_sek", Long.class),
            rs.getObject("staff_hours", Integer.class),
            date(rs, "period_start"),
            date(rs, "period_end"),
            rs.getString("organisation_participants"),
            rs.getString("resident_involvement"));
    Decision decision =
        new Decision(
            rs.getObject("decision_body_id", UUID.class),
            date(rs, "decision_date"),
            rs.getString("decision_paragraph"),
            rs.getString("decision_registration"));
    return new Dialogue(
        new DialogueId(rs.getObject("dialogue_id", UUID.class)),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getString("title"),
        rs.getString("summary"),
        rs.getObject("area_id", UUID.class),
        TopicOrigin.valueOf(rs.getString("topic_origin")),
        rs.getString("origin_reference"),
        decision,
        charter,
        DialogueStep.valueOf(rs.getString("current_step")),
        rs.getInt("version"),
        rs.getObject("created_at", OffsetDateTime.class));
  }

  /** The statement with the municipality bound to {@code :m} and the dialogue to {@code :id}. */
  private JdbcClient.StatementSpec inDialogue(
      String sql, MunicipalityId municipality, DialogueId id) {
    return jdbc.sql(sql).param("m", municipality.value()).param("id", id.value());
  }

  Optional<Dialogue> find(MunicipalityId municipality, DialogueId id) {
    return DIALOGUES.optional(
        jdbc, municipality, "AND dialogue_id = :id", Map.of("id", id.value()));
  }

  Optional<DialogueId> byCreationToken(MunicipalityId municipality, UUID token) {
    return DIALOGUES
        .optional(jdbc, municipality, "AND creation_token = :token", Map.of("token", token))
        .map(Dialogue::id);
  }

  /** Dialogues newest first, optionally filtered by the steps of a status and by area. */
  List<Dialogue> list(
      MunicipalityId municipality,
      @Nullable List<String> steps,
      @Nullable UUID area,
      int limit,
      int offset) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                 FROM dialogue WHERE municipality_id = :m
                  AND (CAST(:filterSteps AS BOOLEAN) IS FALSE OR current_step = ANY(:steps))
                  AND (CAST(:area AS UUID) IS NULL OR area_id = :area)
                ORDER BY created_at DESC, dialogue_id LIMIT :limit OFFSET :offset
                """)
        .param("m", municipality.value())
        .param("filterSteps", steps != null)
        .param("steps", steps == null ? new String[0] : steps.toArray(String[]::new))
        .param("area", area)
        .param("limit", limit)
        .param("offset", offset)
        .query(DialogueRepository::dialogue)
        .list();
  }

  int count(MunicipalityId municipality, @Nullable List<String> steps, @Nullable UUID area) {
    return jdbc.sql(
            """
            SELECT count(*) FROM dialogue WHERE municipality_id = :m
              AND (CAST(:filterSteps AS BOOLEAN) IS FALSE OR current_step = ANY(:steps))
              AND (CAST(:area AS UUID) IS NULL OR area_id = :area)
            """)
        .param("m", municipality.value())
        .param("filterSteps", steps != null)
        .param("steps", steps == null ? new String[0] : steps.toArray(String[]::new))
        .param("area", area)
        .query(Integer.class)
        .single();
  }

  void insert(Dialogue d, UUID creationToken, @Nullable UUID createdBy) {
    jdbc.sql(
            """
            INSERT INTO dialogue (dialogue_id, municipality_id, title, summary, area_id, topic_origin,
              origin_reference, decision_body_id, decision_date, decision_paragraph,
              decision_registration, current_step, creation_token, created_by)
            VALUES (:id, :m, :title, :summary, :area, :origin, :reference, :body, :date, :paragraph,
              :registration, :step, :token, :by)
            """)
        .param("id", d.id().value())
        .param("m", d.municipalityId().value())
        .param("title", d.title())
        .param("summary", d.summary())
        .param("area", d.areaId())
        .param("origin", d.origin().name())
        .param("reference", d.originReference())
        .param("body", d.decision().bodyId())
        .param("date", d.decision().date())
        .param("paragraph", d.decision().paragraph())
        .param("registration", d.decision().registrationNumber())
        .param("step", d.step().name())
        .param("token", creationToken)
        .param("by", createdBy)
        .update();
  }

  /** Saves the charter if the version is still the one the form was based on. */
  boolean updateCharter(MunicipalityId municipality, DialogueId id, int version, Charter c) {
    return jdbc.sql(
                """
                UPDATE dialogue SET purpose_influence = :pi, purpose_basis = :pb, local_goals = :goals,
                  can_be_influenced = :influence, influence_note = :note, participation_level_id = :level,
                  conflict_level = :conflict, conflict_analysis = :analysis, target_groups = :targets,
                  rarely_heard_groups = :rarely, documentation_plan = :plan, contact_email = :contact,
                  context = :context, budget_sek = :budget, staff_hours = :hours,
                  period_start = :periodStart, period_end = :periodEnd,
                  organisation_participants = :organisation, resident_involvement = :residents,
                  version = version + 1
                WHERE municipality_id = :m AND dialogue_id = :id AND version = :version
                """)
            .param("pi", c.purposeInfluence())
            .param("pb", c.purposeBasis())
            .param("goals", c.localGoals())
            .param("influence", c.canBeInfluenced())
            .param("note", c.influenceNote())
            .param("level", c.participationLevelId())
            .param("conflict", c.conflictLevel() == null ? null : c.conflictLevel().name())
            .param("analysis", c.conflictAnalysis())
            .param("targets", c.targetGroups())
            .param("rarely", c.rarelyHeardGroups())
            .param("plan", c.documentationPlan())
            .param("contact", c.contactEmail())
            .param("context", c.context())
            .param("budget", c.budgetSek())
            .param("hours", c.staffHours())
            .param("periodStart", c.periodStart())
            .param("periodEnd", c.periodEnd())
            .param("organisation", c.organisationParticipants())
            .param("residents", c.residentInvolvement())
            .param("m", municipality.value())
            .param("id", id.value())
            .param("version", version)
            .update()
        == 1;
  }

  boolean updateStep(MunicipalityId municipality, DialogueId id, int version, DialogueStep step) {
    return VERSIONED.update(
        jdbc,
        municipality,
        id.value(),
        version,
        "current_step = :step",
        "",
        Map.of("step", step.name()));
  }

  void insertStepChange(
      MunicipalityId municipality,
      DialogueId id,
      @Nullable DialogueStep from,
      DialogueStep to,
      String feedback,
      OffsetDateTime at,
      @Nullable UUID by) {
    jdbc.sql(
            """
            INSERT INTO dialogue_step_change (change_id, municipality_id, dialogue_id, from_step, to_step, feedback, changed_at, changed_by)
            VALUES (:cid, :m, :id, :from, :to, :feedback, :at, :by)
            """)
        .param("cid", UUID.randomUUID())
        .param("m", municipality.value())
        .param("id", id.value())
        .param("from", from == null ? null : from.name())
        .param("to", to.name())
        .param("feedback", feedback)
        .param("at", at)
        .param("by", by)
        .update();
  }

  List<StepRecord> history(MunicipalityId municipality, DialogueId id) {
    return inDialogue(
            """
            SELECT from_step, to_step, feedback, changed_at FROM dialogue_step_change
            WHERE municipality_id = :m AND dialogue_id = :id ORDER BY changed_at DESC, change_id
            """,
            municipality,
            id)
        .query(
            (rs, n) -> {
              String from = rs.getString("from_step");
              return new StepRecord(
                  from == null ? null : DialogueStep.valueOf(from),
                  DialogueStep.valueOf(rs.getString("to_step")),
                  rs.getString("feedback"),
                  rs.getObject("changed_at", OffsetDateTime.class));
            })
        .list();
  }

  /** A team membership; the member's display name is the identity module's. */
  record Membership(UUID accountId, TeamRole role) {}

  List<Membership> team(MunicipalityId municipality, DialogueId id) {
    return inDialogue(
            """
            SELECT account_id, team_role FROM dialogue_team_member
            WHERE municipality_id = :m AND dialogue_id = :id
            """,
            municipality,
            id)
        .query(
            (rs, n) ->
                new Membership(
                    rs.getObject("account_id", UUID.class),
                    TeamRole.valueOf(rs.getString("team_role"))))
        .list();
  }

  void putTeamMember(MunicipalityId municipality, DialogueId id, UUID account, TeamRole role) {
    inDialogue(
            """
            INSERT INTO dialogue_team_member (municipality_id, dialogue_id, account_id, team_role)
            VALUES (:m, :id, :account, :role)
            ON CONFLICT (dialogue_id, account_id) DO UPDATE SET team_role = EXCLUDED.team_role
            """,
            municipality,
            id)
        .param("account", account)
        .param("role", role.name())
        .update();
  }

  void removeTeamMember(MunicipalityId municipality, DialogueId id, UUID account) {
    inDialogue(
            "DELETE FROM dialogue_team_member WHERE municipality_id = :m AND dialogue_id = :id AND account_id = :account",
            municipality,
            id)
        .param("account", account)
        .update();
  }

  List<StepPlan> plan(MunicipalityId municipality, DialogueId id) {
    return inDialogue(
            """
            SELECT step, planned_start, planned_end FROM dialogue_step_plan
            WHERE municipality_id = :m AND dialogue_id = :id
            """,
            municipality,
            id)
        .query(
            (rs, n) ->
                new StepPlan(
                    DialogueStep.valueOf(rs.getString("step")),
                    date(rs, "planned_start"),
                    date(rs, "planned_end")))
        .list();
  }

  void replacePlan(MunicipalityId municipality, DialogueId id, List<StepPlan> plan) {
    inDialogue(
            "DELETE FROM dialogue_step_plan WHERE municipality_id = :m AND dialogue_id = :id",
            municipality,
            id)
        .update();
    for (StepPlan step : plan) {
      if (step.start() == null && step.end() == null) {
        continue;
      }
      inDialogue(
              """
              INSERT INTO dialogue_step_plan (municipality_id, dialogue_id, step, planned_start, planned_end)
              VALUES (:m, :id, :step, :start, :end)
              """,
              municipality,
              id)
          .param("step", step.step().name())
          .param("start", step.start())
          .param("end", step.end())
          .update();
    }
  }
}
