package se.trygghetsdialog.participation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for the threshold setting and the recorded gap checks. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ParticipationRepository {

  private final JdbcClient jdbc;

  Optional<Integer> threshold(MunicipalityId municipality) {
    return jdbc.sql(
            "SELECT suppression_threshold FROM participation_setting WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query(Integer.class)
        .optional();
  }

  void saveThreshold(MunicipalityId municipality, int threshold) {
    jdbc.sql(
            """
            INSERT INTO participation_setting (municipality_id, suppression_threshold)
            VALUES (:m, :t)
            ON CONFLICT (municipality_id) DO UPDATE SET
              suppression_threshold = EXCLUDED.suppression_threshold
            """)
        .param("m", municipality.value())
        .param("t", threshold)
        .update();
  }

  void insertCheck(MunicipalityId municipality, DialogueId dialogue, GapCheck check) {
    jdbc.sql(
            """
            INSERT INTO participation_gap_check (check_id, municipality_id, dialogue_id, findings,
              missing_groups, actions, recorded_at, recorded_by, recorded_by_name)
            VALUES (:id, :m, :d, :findings, :missing, :actions, :at, :by, :name)
            """)
        .param("id", UUID.randomUUID())
        .param("m", municipality.value())
        .param("d", dialogue.value())
        .param("findings", check.findings())
        .param("missing", check.missingGroups())
        .param("actions", check.actions())
        .param("at", check.recordedAt())
        .param("by", check.recordedBy())
        .param("name", check.recordedByName())
        .update();
  }

  List<GapCheck> checks(MunicipalityId municipality, DialogueId dialogue) {
    return jdbc.sql(
            """
            SELECT findings, missing_groups, actions, recorded_at, recorded_by, recorded_by_name
            FROM participation_gap_check WHERE municipality_id = :m AND dialogue_id = :d
            ORDER BY recorded_at DESC, check_id
            """)
        .param("m", municipality.value())
        .param("d", dialogue.value())
        .query(
            (rs, n) ->
                new GapCheck(
                    rs.getString("findings"),
                    rs.getString("missing_groups"),
                    rs.getString("actions"),
                    rs.getObject("recorded_at", OffsetDateTime.class),
                    rs.getObject("recorded_by", UUID.class),
                    rs.getString("recorded_by_name")))
        .list();
  }

  boolean hasCheck(MunicipalityId municipality, DialogueId dialogue) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM participation_gap_check
                           WHERE municipality_id = :m AND dialogue_id = :d)
            """)
        .param("m", municipality.value())
        .param("d", dialogue.value())
        .query(Boolean.class)
        .single();
  }
}
