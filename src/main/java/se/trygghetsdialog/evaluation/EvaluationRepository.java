package se.trygghetsdialog.evaluation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for evaluations and lessons. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EvaluationRepository {

  private final JdbcClient jdbc;

  List<Assessment> assessments(MunicipalityId m, DialogueId d) {
    return jdbc.sql(
            "SELECT aspect, score, assessment, flagged, answered FROM dialogue_evaluation"
                + " WHERE municipality_id = :m AND dialogue_id = :d")
        .param("m", m.value())
        .param("d", d.value())
        .query(
            (rs, row) ->
                new Assessment(
                    EvaluationAspect.valueOf(rs.getString("aspect")),
                    rs.getInt("score"),
                    rs.getString("assessment"),
                    rs.getBoolean("flagged"),
                    rs.getObject("answered", Integer.class)))
        .list();
  }

  void save(MunicipalityId m, DialogueId d, Assessment a) {
    jdbc.sql(
            """
            INSERT INTO dialogue_evaluation
              (municipality_id, dialogue_id, aspect, score, assessment, flagged, answered)
            VALUES (:m, :d, :aspect, :score, :text, :flagged, :answered)
            ON CONFLICT (dialogue_id, aspect) DO UPDATE SET score = :score, assessment = :text,
              flagged = :flagged, answered = :answered, updated_at = now()
            """)
        .param("m", m.value())
        .param("d", d.value())
        .param("aspect", a.aspect().name())
        .param("score", a.score())
        .param("text", a.text())
        .param("flagged", a.flagged())
        .param("answered", a.answered())
        .update();
  }

  void insertLesson(MunicipalityId m, Lesson l, UUID actor) {
    jdbc.sql(
            """
            INSERT INTO dialogue_lesson
              (lesson_id, municipality_id, dialogue_id, step, text, tags, flagged, created_by)
            VALUES (:id, :m, :d, :step, :text, string_to_array(:tags, E'\\n'), :flagged, :actor)
            """)
        .param("id", l.id())
        .param("m", m.value())
        .param("d", l.dialogueId().value())
        .param("step", l.step().name())
        .param("text", l.text())
        .param("tags", String.join("\n", l.tags()))
        .param("flagged", l.flagged())
        .param("actor", actor)
        .update();
  }

  List<Lesson> lessonsOf(MunicipalityId m, DialogueId d) {
    return lessons(m, "AND dialogue_id = :d ORDER BY created_at DESC", d.value(), 500);
  }

  /** Unflagged lessons of the municipality's other dialogues, newest first. */
  List<Lesson> lessonsBesides(MunicipalityId m, DialogueId d, int limit) {
    return lessons(
        m,
        "AND dialogue_id <> :d AND NOT flagged ORDER BY created_at DESC LIMIT :limit",
        d.value(),
        limit);
  }

  private List<Lesson> lessons(MunicipalityId m, String rest, UUID dialogue, int limit) {
    return jdbc.sql(
            "SELECT lesson_id, dialogue_id, step, text, tags, flagged, created_at"
                + " FROM dialogue_lesson WHERE municipality_id = :m "
                + rest)
        .param("m", m.value())
        .param("d", dialogue)
        .param("limit", limit)
        .query(EvaluationRepository::lesson)
        .list();
  }

  private static Lesson lesson(ResultSet rs, int row) throws SQLException {
    Array tags = rs.getArray("tags");
    return new Lesson(
        rs.getObject("lesson_id", UUID.class),
        new DialogueId(rs.getObject("dialogue_id", UUID.class)),
        DialogueStep.valueOf(rs.getString("step")),
        rs.getString("text"),
        tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
        rs.getBoolean("flagged"),
        rs.getObject("created_at", OffsetDateTime.class));
  }
}
