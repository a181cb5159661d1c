package se.trygghetsdialog.survey.results.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.survey.SurveyOption;
import se.trygghetsdialog.survey.SurveyResultsJdbcSource;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Kind;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Question;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Response;

/**
 * Stores the benchmark's survey in the survey tables: a municipality, the survey with its
 * questions, a closed round and every response with its answers (in chunks of arrays, which is
 * quick).
 */
final class BenchSurvey {

  private static final int CHUNK = 5_000;

  private BenchSurvey() {}

  private static java.sql.Array texts(
      Connection connection, List<Response> part, Function<Response, String> column)
      throws java.sql.SQLException {
    return connection.createArrayOf("text", part.stream().map(column).toArray());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** Stores everything and returns the round's id. */
  static UUID store(
      DataSource dataSource,
      MunicipalityId municipality,
      List<Question> questions,
      List<Response> responses)
      throws Exception {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    UUID survey = UUID.randomUUID();
    UUID round = UUID.randomUUID();
    jdbc.sql("INSERT INTO municipality (municipality_id, code, name) VALUES (:m, '9999', 'Bench')")
        .param("m", municipality.value())
        .update();
    jdbc.sql(
            """
            INSERT INTO survey (survey_id, municipality_id, title, created_at)
            VALUES (:s, :m, 'Trygghetsmätning (bench)', now())
            """)
        .param("s", survey)
        .param("m", municipality.value())
        .update();
    int position = 0;
    for (Question q : questions) {
      jdbc.sql(
              """
              INSERT INTO survey_question (question_id, municipality_id, survey_id, code, version,
                page, position, kind, text, options, min_value, max_value)
              VALUES (:q, :m, :s, :code, :version, 1, :position, :kind, :text, :options,
                :min, :max)
              """)
          .param("q", q.id())
          .param("m", municipality.value())
          .param("s", survey)
          .param("code", q.code())
          .param("version", q.version())
          .param("position", position++)
          .param("kind", q.kind().name())
          .param("text", q.text())
          .param(
              "options",
              SurveyOption.format(
                  q.options().stream().map(o -> new SurveyOption(o.value(), o.label())).toList()))
          .param("min", q.kind() == Kind.NUMBER ? 0 : null)
          .param("max", q.kind() == Kind.NUMBER ? 100 : null)
          .update();
    }
    LocalDate closes = LocalDate.now().minusDays(7);
    jdbc.sql(
            """
            INSERT INTO survey_round (round_id, municipality_id, survey_id, title, opens, closes,
              open_link, created_at)
            VALUES (:r, :m, :s, 'Mätningen (bench)', :opens, :closes, TRUE, now())
            """)
        .param("r", round)
        .param("m", municipality.value())
        .param("s", survey)
        .param("opens", closes.minusDays(30))
        .param("closes", closes)
        .update();
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      ids.add(UUID.randomUUID());
    }
    try (Connection connection = dataSource.getConnection()) {
      for (int from = 0; from < responses.size(); from += CHUNK) {
        int to = Math.min(responses.size(), from + CHUNK);
        List<Response> part = responses.subList(from, to);
        try (PreparedStatement insert =
            connection.prepareStatement(
                """
                INSERT INTO survey_response (response_id, municipality_id, round_id, channel,
                  area_code, age_band, gender, received_on)
                SELECT id, ?, ?, channel, area, age, gender, ?
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[])
                  AS t (id, channel, area, age, gender)
                """)) {
          insert.setObject(1, municipality.value());
          insert.setObject(2, round);
          insert.setObject(3, closes.minusDays(3));
          insert.setArray(4, connection.createArrayOf("uuid", ids.subList(from, to).toArray()));
          insert.setArray(5, texts(connection, part, Response::channel));
          insert.setArray(6, texts(connection, part, Response::areaCode));
          insert.setArray(7, texts(connection, part, r -> name(r.ageBand())));
          insert.setArray(8, texts(connection, part, r -> name(r.gender())));
          insert.executeUpdate();
        }
        List<Object> answerResponse = new ArrayList<>();
        List<Object> answerQuestion = new ArrayList<>();
        List<Object> answerValue = new ArrayList<>();
        for (int i = from; i < to; i++) {
          for (Map.Entry<UUID, List<String>> e : responses.get(i).answers().entrySet()) {
            for (String value : e.getValue()) {
              answerResponse.add(ids.get(i));
              answerQuestion.add(e.getKey());
              answerValue.add(value);
            }
          }
        }
        try (PreparedStatement insert =
            connection.prepareStatement(
                """
                INSERT INTO survey_answer (response_id, question_id, value)
                SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::text[])
                """)) {
          insert.setArray(1, connection.createArrayOf("uuid", answerResponse.toArray()));
          insert.setArray(2, connection.createArrayOf("uuid", answerQuestion.toArray()));
          insert.setArray(3, connection.createArrayOf("text", answerValue.toArray()));
          insert.executeUpdate();
        }
      }
    }
    // Stored directly, so counted afresh as the migration counted the rounds of its day.
    SurveyResultsJdbcSource.recount(dataSource, municipality, round);
    jdbc.sql("ANALYZE").update();
    return round;
  }
}
