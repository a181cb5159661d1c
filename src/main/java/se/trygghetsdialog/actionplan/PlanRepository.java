package se.trygghetsdialog.actionplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.measure.AdoptionDecision;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.RecordRowMapper;

/** SQL for åtgärdsplan versions (tables action_plan_version and action_plan_item). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanRepository {

  private final JdbcClient jdbc;

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
        v.decision()
            .bind(
                jdbc.sql(
                    """
                INSERT INTO action_plan_version (plan_version_id, municipality_id, version_number,
                  title, introduction, adopted_by, adopted_on, paragraph, registration_number,
                  recorded_by)
                VALUES (:id, :m, :n, :title, :intro, :by, :on, :paragraph, :registration, :actor)
                ON CONFLICT (municipality_id, version_number) DO NOTHING
                """))
            .param("id", v.id())
            .param("m", municipality.value())
            .param("n", v.versionNumber())
            .param("title", v.title())
            .param("intro", v.introduction())
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

  /** The adopted versions' headers; the caller adds its condition or order. */
  private static final String VERSIONS =
      """
      SELECT plan_version_id, version_number, title, introduction, adopted_by, adopted_on,
        paragraph, registration_number
      FROM action_plan_version WHERE municipality_id = :m
      """;

  private ActionPlanVersion version(MunicipalityId municipality, ResultSet rs) throws SQLException {
    UUID id = rs.getObject("plan_version_id", UUID.class);
    return new ActionPlanVersion(
        id,
        rs.getInt("version_number"),
        rs.getString("title"),
        rs.getString("introduction"),
        AdoptionDecision.of(rs),
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
        .query(new RecordRowMapper<>(ActionPlanItem.class))
        .list();
  }

  /** Every adopted version, newest first. */
  List<ActionPlanVersion> versions(MunicipalityId municipality) {
    return jdbc.sql(VERSIONS + "ORDER BY version_number DESC")
        .param("m", municipality.value())
        .query((rs, n) -> version(municipality, rs))
        .list();
  }

  Optional<ActionPlanVersion> version(MunicipalityId municipality, int number) {
    return jdbc.sql(VERSIONS + "AND version_number = :n")
        .param("m", municipality.value())
        .param("n", number)
        .query((rs, n) -> version(municipality, rs))
        .optional();
  }
}
