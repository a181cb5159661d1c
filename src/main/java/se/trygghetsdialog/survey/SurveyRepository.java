package se.trygghetsdialog.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for surveys. Every statement filters by the municipality. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyRepository {

  private static final String QUESTION_COLUMNS =
      """
      question_id, survey_id, code, version, current, archived, page, position, kind, text,
      options, min_value, max_value, condition_code, condition_value, unsafe_place
      """;

  private static final String ROUND_COLUMNS =
      "round_id, survey_id, title, opens, closes, open_link, dialogue_id";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  // --- surveys

  void insert(MunicipalityId m, Survey survey) {
    jdbc.sql(
            """
            INSERT INTO survey (survey_id, municipality_id, title, intro, created_at)
            VALUES (:id, :m, :title, :intro, :at)
            """)
        .param("id", survey.id())
        .param("m", m.value())
        .param("title", survey.title())
        .param("intro", survey.intro())
        .param("at", survey.createdAt())
        .update();
  }

  List<Survey> surveys(MunicipalityId m) {
    return jdbc.sql(
            "SELECT survey_id, title, intro, created_at FROM survey WHERE municipality_id = :m"
                + " ORDER BY created_at DESC, title")
        .param("m", m.value())
        .query((rs, row) -> survey(m, rs))
        .list();
  }

  Optional<Survey> survey(MunicipalityId m, UUID id) {
    return jdbc.sql(
            "SELECT survey_id, title, intro, created_at FROM survey"
                + " WHERE municipality_id = :m AND survey_id = :id")
        .param("m", m.value())
        .param("id", id)
        .query((rs, row) -> survey(m, rs))
        .optional();
  }

  private static Survey survey(MunicipalityId m, ResultSet rs) throws SQLException {
    return new Survey(
        rs.getObject("survey_id", UUID.class),
        m,
        rs.getString("title"),
        rs.getString("intro"),
        rs.getObject("created_at", OffsetDateTime.class));
  }

  // --- questions

  void insert(MunicipalityId m, Question q) {
    jdbc.sql(
            """
            INSERT INTO survey_question (question_id, municipality_id, survey_id, code, version,
              current, archived, page, position, kind, text, options, min_value, max_value,
              condition_code, condition_value, unsafe_place)
            VALUES (:id, :m, :survey, :code, :version, :current, :archived, :page, :position, :kind,
              :text, :options, :min, :max, :conditionCode, :conditionValue, :unsafePlace)
            """)
        .params(params(m, q))
        .param("survey", q.surveyId())
        .param("code", q.code())
        .param("version", q.version())
        .param("current", q.current())
        .param("archived", q.archived())
        .update();
  }

  /** Changes a version in place; only for a version without answers. */
  void update(MunicipalityId m, Question q) {
    jdbc.sql(
            """
            UPDATE survey_question SET page = :page, position = :position, kind = :kind,
              text = :text, options = :options, min_value = :min, max_value = :max,
              condition_code = :conditionCode, condition_value = :conditionValue,
              unsafe_place = :unsafePlace
            WHERE municipality_id = :m AND question_id = :id
            """)
        .params(params(m, q))
        .update();
  }

  /**
   * The parameters a question's insert and in-place update share (a map: min and max may be null).
   */
  private static Map<String, Object> params(MunicipalityId m, Question q) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("id", q.id());
    params.put("m", m.value());
    params.put("page", q.page());
    params.put("position", q.position());
    params.put("kind", q.kind().name());
    params.put("text", q.text());
    params.put("options", SurveyOption.format(q.options()));
    params.put("min", q.min());
    params.put("max", q.max());
    params.put("conditionCode", q.conditionCode());
    params.put("conditionValue", q.conditionValue());
    params.put("unsafePlace", q.unsafePlace());
    return params;
  }

  void supersede(MunicipalityId m, UUID question) {
    jdbc.sql(
            "UPDATE survey_question SET current = FALSE"
                + " WHERE municipality_id = :m AND question_id = :id")
        .param("m", m.value())
        .param("id", question)
        .update();
  }

  void archive(MunicipalityId m, UUID question, boolean archived) {
    jdbc.sql(
            "UPDATE survey_question SET archived = :archived"
                + " WHERE municipality_id = :m AND question_id = :id")
        .param("m", m.value())
        .param("id", question)
        .param("archived", archived)
        .update();
  }

  void delete(MunicipalityId m, UUID question) {
    jdbc.sql("DELETE FROM survey_draft_answer WHERE question_id = :id")
        .param("id", question)
        .update();
    jdbc.sql("DELETE FROM survey_question WHERE municipality_id = :m AND question_id = :id")
        .param("m", m.value())
        .param("id", question)
        .update();
  }

  /** Every version of every question of the survey, in page and position order. */
  List<Question> questions(MunicipalityId m, UUID survey) {
    return jdbc.sql(
            "SELECT "
                + QUESTION_COLUMNS
                + " FROM survey_question WHERE municipality_id = :m AND survey_id = :survey"
                + " ORDER BY page, position, code, version")
        .param("m", m.value())
        .param("survey", survey)
        .query(SurveyRepository::question)
        .list();
  }

  Optional<Question> question(MunicipalityId m, UUID id) {
    return jdbc.sql(
            "SELECT "
                + QUESTION_COLUMNS
                + " FROM survey_question WHERE municipality_id = :m AND question_id = :id")
        .param("m", m.value())
        .param("id", id)
        .query(SurveyRepository::question)
        .optional();
  }

  private static Question question(ResultSet rs, int row) throws SQLException {
    return new Question(
        rs.getObject("question_id", UUID.class),
        rs.getObject("survey_id", UUID.class),
        rs.getString("code"),
        rs.getInt("version"),
        rs.getBoolean("current"),
        rs.getBoolean("archived"),
        rs.getInt("page"),
        rs.getInt("position"),
        QuestionKind.valueOf(rs.getString("kind")),
        rs.getString("text"),
        SurveyOption.parse(rs.getString("options")),
        rs.getObject("min_value", Integer.class),
        rs.getObject("max_value", Integer.class),
        rs.getString("condition_code"),
        rs.getString("condition_value"),
        rs.getBoolean("unsafe_place"));
  }

  void markUnsafePlace(MunicipalityId m, UUID question, boolean unsafe) {
    jdbc.sql(
            "UPDATE survey_question SET unsafe_place = :unsafe"
                + " WHERE municipality_id = :m AND question_id = :id")
        .param("m", m.value())
        .param("id", question)
        .param("unsafe", unsafe)
        .update();
  }

  // --- translations

  List<QuestionTranslations.Entry> translations(MunicipalityId m, Collection<UUID> questions) {
    if (questions.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT question_id, language, option_value, text, source"
                + " FROM survey_question_translation"
                + " WHERE municipality_id = :m AND question_id IN (:ids)")
        .param("m", m.value())
        .param("ids", List.copyOf(questions))
        .query(
            (rs, row) ->
                new QuestionTranslations.Entry(
                    rs.getObject("question_id", UUID.class),
                    rs.getString("language"),
                    rs.getString("option_value"),
                    rs.getString("text"),
                    rs.getString("source")))
        .list();
  }

  /** Stores a translation, replacing the one of the same language and option. */
  void saveTranslation(MunicipalityId m, QuestionTranslations.Entry entry) {
    jdbc.sql(
            """
            INSERT INTO survey_question_translation (municipality_id, question_id, language,
              option_value, text, source)
            VALUES (:m, :q, :language, :option, :text, :source)
            ON CONFLICT (question_id, language, option_value)
              DO UPDATE SET text = EXCLUDED.text, source = EXCLUDED.source
            """)
        .param("m", m.value())
        .param("q", entry.questionId())
        .param("language", entry.language())
        .param("option", entry.option())
        .param("text", entry.text())
        .param("source", entry.source())
        .update();
  }

  void deleteTranslation(MunicipalityId m, UUID question, String language, String option) {
    jdbc.sql(
            "DELETE FROM survey_question_translation WHERE municipality_id = :m"
                + " AND question_id = :q AND language = :language AND option_value = :option")
        .param("m", m.value())
        .param("q", question)
        .param("language", language)
        .param("option", option)
        .update();
  }

  /** A new version starts with the translations of the one it replaces. */
  void copyTranslations(MunicipalityId m, UUID from, UUID to) {
    jdbc.sql(
            """
            INSERT INTO survey_question_translation (municipality_id, question_id, language,
              option_value, text, source)
            SELECT municipality_id, :next, language, option_value, text, source
              FROM survey_question_translation WHERE municipality_id = :m AND question_id = :previous
            """)
        .param("m", m.value())
        .param("previous", from)
        .param("next", to)
        .update();
  }

  // --- the public heat grid

  /**
   * The map answers to questions marked as asking for unsafe places, in rounds that closed before
   * {@code today}, counted per cell of the grid (the arithmetic of {@link HeatGrid#cellOf}); only
   * answers received in the period when one is given.
   */
  Map<HeatGrid.Cell, Integer> unsafePlaces(
      MunicipalityId m,
      HeatGrid grid,
      LocalDate today,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    Map<HeatGrid.Cell, Integer> cells = new LinkedHashMap<>();
    Map<String, Object> params = new HashMap<>(grid.sqlParams());
    params.put("m", m.value());
    params.put("today", today);
    StringBuilder period = new StringBuilder();
    if (from != null) {
      period.append(" AND r.received_on >= :since");
      params.put("since", from);
    }
    if (to != null) {
      period.append(" AND r.received_on <= :until");
      params.put("until", to);
    }
    jdbc.sql(
            """
            SELECT floor((split_part(a.value, ',', 2)::double precision - :lon0) * :mLon / :cell)
                     ::bigint AS col,
                   floor((split_part(a.value, ',', 1)::double precision - :lat0) * :mLat / :cell)
                     ::bigint AS row,
                   count(*) AS n
              FROM survey_answer a
              JOIN survey_question q ON q.question_id = a.question_id
              JOIN survey_response r ON r.response_id = a.response_id
              JOIN survey_round o ON o.round_id = r.round_id
             WHERE q.municipality_id = :m AND r.municipality_id = :m AND o.municipality_id = :m
               AND q.kind = 'MAP' AND q.unsafe_place AND NOT a.flagged AND o.closes < :today
               AND a.value ~ '^-?[0-9]+(\\.[0-9]+)?,-?[0-9]+(\\.[0-9]+)?$'
            """
                + period
                + " GROUP BY 1, 2")
        .params(params)
        .query(
            (RowCallbackHandler)
                rs ->
                    cells.put(
                        new HeatGrid.Cell(rs.getLong("col"), rs.getLong("row")), rs.getInt("n")));
    return cells;
  }

  /**
   * Whether a version has answers: values stored, or for a background question, any response to a
   * round of its survey.
   */
  boolean answered(MunicipalityId m, Question q) {
    if (q.kind().background()) {
      return jdbc.sql(
              """
              SELECT EXISTS (SELECT 1 FROM survey_response r JOIN survey_round o
                ON o.round_id = r.round_id WHERE r.municipality_id = :m AND o.survey_id = :survey)
              """)
          .param("m", m.value())
          .param("survey", q.surveyId())
          .query(Boolean.class)
          .single();
    }
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM survey_answer a JOIN survey_response r
              ON r.response_id = a.response_id WHERE r.municipality_id = :m
              AND a.question_id = :id)
            """)
        .param("m", m.value())
        .param("id", q.id())
        .query(Boolean.class)
        .single();
  }

  // --- rounds

  void insert(MunicipalityId m, SurveyRound round) {
    jdbc.sql(
            """
            INSERT INTO survey_round (round_id, municipality_id, survey_id, title, opens, closes,
              open_link, dialogue_id, created_at)
            VALUES (:id, :m, :survey, :title, :opens, :closes, :openLink, :dialogue, now())
            """)
        .param("id", round.id())
        .param("m", m.value())
        .param("survey", round.surveyId())
        .param("title", round.title())
        .param("opens", round.opens())
        .param("closes", round.closes())
        .param("openLink", round.openLink())
        .param("dialogue", round.dialogueId())
        .update();
  }

  /** Ties the round to a dialogue, or unties it with null. */
  void tieToDialogue(MunicipalityId m, UUID round, @Nullable UUID dialogue) {
    jdbc.sql(
            "UPDATE survey_round SET dialogue_id = :dialogue"
                + " WHERE municipality_id = :m AND round_id = :id")
        .param("m", m.value())
        .param("id", round)
        .param("dialogue", dialogue)
        .update();
  }

  /** The ids of the survey's rounds, oldest first. */
  List<UUID> roundIdsOldestFirst(MunicipalityId m, UUID survey) {
    return jdbc.sql(
            "SELECT round_id FROM survey_round WHERE municipality_id = :m AND survey_id = :survey"
                + " ORDER BY opens, closes, created_at, round_id")
        .param("m", m.value())
        .param("survey", survey)
        .query(UUID.class)
        .list();
  }

  /**
   * The municipality's rounds that closed before {@code today} (closing date passed), the newest
   * closing first, at most {@code limit}.
   */
  List<SurveyRound> closedRounds(MunicipalityId m, LocalDate today, int limit) {
    return rounds(
            m,
            "closes < :today ORDER BY closes DESC, opens DESC, round_id LIMIT :limit",
            Map.of("today", today, "limit", limit))
        .list();
  }

  /** The rounds tied to the dialogue, the newest closing first. */
  List<SurveyRound> roundsOfDialogue(MunicipalityId m, UUID dialogue) {
    return rounds(
            m,
            "dialogue_id = :dialogue ORDER BY closes DESC, opens DESC, round_id",
            Map.of("dialogue", dialogue))
        .list();
  }

  List<SurveyRound> rounds(MunicipalityId m, UUID survey) {
    return rounds(m, "survey_id = :survey ORDER BY opens DESC", Map.of("survey", survey)).list();
  }

  Optional<SurveyRound> round(MunicipalityId m, UUID id) {
    return rounds(m, "round_id = :id", Map.of("id", id)).optional();
  }

  /** The municipality's rounds that meet {@code condition} (and its order), with its parameters. */
  private JdbcClient.MappedQuerySpec<SurveyRound> rounds(
      MunicipalityId m, String condition, Map<String, ?> params) {
    return jdbc.sql(
            "SELECT "
                + ROUND_COLUMNS
                + " FROM survey_round WHERE municipality_id = :m AND "
                + condition)
        .param("m", m.value())
        .params(params)
        .query(SurveyRepository::round);
  }

  private static SurveyRound round(ResultSet rs, int row) throws SQLException {
    return new SurveyRound(
        rs.getObject("round_id", UUID.class),
        rs.getObject("survey_id", UUID.class),
        rs.getString("title"),
        rs.getObject("opens", LocalDate.class),
        rs.getObject("closes", LocalDate.class),
        rs.getBoolean("open_link"),
        rs.getObject("dialogue_id", UUID.class));
  }

  // --- invitations

  /** An invitation code as looked up by the resident who types it. */
  record Invitation(UUID id, UUID roundId, String code, String email, boolean used) {}

  void insertInvitation(MunicipalityId m, UUID round, String code, String email) {
    jdbc.sql(
            """
            INSERT INTO survey_invitation (invitation_id, municipality_id, round_id, code, email)
            VALUES (:id, :m, :round, :code, :email)
            """)
        .param("id", UUID.randomUUID())
        .param("m", m.value())
        .param("round", round)
        .param("code", code)
        .param("email", email)
        .update();
  }

  Optional<Invitation> invitation(MunicipalityId m, String code) {
    return jdbc.sql(
            "SELECT invitation_id, round_id, code, email, used FROM survey_invitation"
                + " WHERE municipality_id = :m AND code = :code")
        .param("m", m.value())
        .param("code", code)
        .query(SurveyRepository::invitation)
        .optional();
  }

  private static Invitation invitation(ResultSet rs, int row) throws SQLException {
    return new Invitation(
        rs.getObject("invitation_id", UUID.class),
        rs.getObject("round_id", UUID.class),
        rs.getString("code"),
        rs.getString("email"),
        rs.getBoolean("used"));
  }

  /** Marks a code used; 0 when it already was (another tab or request sent first). */
  int markUsed(MunicipalityId m, UUID invitation) {
    return jdbc.sql(
            "UPDATE survey_invitation SET used = TRUE"
                + " WHERE municipality_id = :m AND invitation_id = :id AND NOT used")
        .param("m", m.value())
        .param("id", invitation)
        .update();
  }

  /** The round's unused codes, those with an address only or those without. */
  List<Invitation> unused(MunicipalityId m, UUID round, boolean withEmail) {
    return jdbc.sql(
            "SELECT invitation_id, round_id, code, email, used FROM survey_invitation"
                + " WHERE municipality_id = :m AND round_id = :round AND NOT used"
                + (withEmail ? " AND email <> ''" : " AND email = ''")
                + " ORDER BY code")
        .param("m", m.value())
        .param("round", round)
        .query(SurveyRepository::invitation)
        .list();
  }

  void markReminded(MunicipalityId m, UUID invitation) {
    jdbc.sql(
            "UPDATE survey_invitation SET reminded = TRUE"
                + " WHERE municipality_id = :m AND invitation_id = :id")
        .param("m", m.value())
        .param("id", invitation)
        .update();
  }

  /** The number of codes of the round and how many were used. */
  int[] invitationCounts(MunicipalityId m, UUID round) {
    return jdbc.sql(
            "SELECT count(*) AS total, count(*) FILTER (WHERE used) AS used"
                + " FROM survey_invitation WHERE municipality_id = :m AND round_id = :round")
        .param("m", m.value())
        .param("round", round)
        .query((rs, row) -> new int[] {rs.getInt("total"), rs.getInt("used")})
        .single();
  }

  // --- drafts

  /** A response being filled in. */
  record Draft(UUID id, UUID roundId, @Nullable UUID invitationId, int page) {}

  void insertDraft(MunicipalityId m, UUID id, UUID round, String tokenHash, @Nullable UUID inv) {
    jdbc.sql(
            """
            INSERT INTO survey_draft (draft_id, municipality_id, round_id, token_hash,
              invitation_id, page, created_at)
            VALUES (:id, :m, :round, :hash, :invitation, 0, now())
            """)
        .param("id", id)
        .param("m", m.value())
        .param("round", round)
        .param("hash", tokenHash)
        .param("invitation", inv)
        .update();
  }

  Optional<Draft> draft(MunicipalityId m, String tokenHash, boolean lock) {
    return jdbc.sql(
            "SELECT draft_id, round_id, invitation_id, page FROM survey_draft"
                + " WHERE municipality_id = :m AND token_hash = :hash"
                + (lock ? " FOR UPDATE" : ""))
        .param("m", m.value())
        .param("hash", tokenHash)
        .query(
            (rs, row) ->
                new Draft(
                    rs.getObject("draft_id", UUID.class),
                    rs.getObject("round_id", UUID.class),
                    rs.getObject("invitation_id", UUID.class),
                    rs.getInt("page")))
        .optional();
  }

  Map<UUID, List<String>> draftAnswers(UUID draft) {
    Map<UUID, List<String>> answers = new LinkedHashMap<>();
    jdbc.sql("SELECT question_id, value FROM survey_draft_answer WHERE draft_id = :d")
        .param("d", draft)
        .query(
            (RowCallbackHandler)
                rs ->
                    answers
                        .computeIfAbsent(
                            rs.getObject("question_id", UUID.class), k -> new ArrayList<>())
                        .add(rs.getString("value")));
    return answers;
  }

  void replaceDraftAnswers(UUID draft, Collection<UUID> questions, Map<UUID, List<String>> values) {
    for (UUID question : questions) {
      jdbc.sql("DELETE FROM survey_draft_answer WHERE draft_id = :d AND question_id = :q")
          .param("d", draft)
          .param("q", question)
          .update();
      for (String value : values.getOrDefault(question, List.of())) {
        jdbc.sql(
                "INSERT INTO survey_draft_answer (draft_id, question_id, value)"
                    + " VALUES (:d, :q, :v)")
            .param("d", draft)
            .param("q", question)
            .param("v", value)
            .update();
      }
    }
  }

  void movePage(UUID draft, int page) {
    jdbc.sql("UPDATE survey_draft SET page = :page WHERE draft_id = :d")
        .param("d", draft)
        .param("page", page)
        .update();
  }

  void deleteDraft(UUID draft) {
    jdbc.sql("DELETE FROM survey_draft WHERE draft_id = :d").param("d", draft).update();
  }

  // --- responses

  /** A value to store, with whether screening flagged it. */
  record Value(UUID questionId, String value, boolean flagged) {}

  /** Stores a response; false when one with the id exists (a paper form sent twice). */
  boolean insertResponse(
      MunicipalityId m,
      UUID id,
      UUID round,
      String channel,
      @Nullable String area,
      @Nullable String ageBand,
      @Nullable String gender,
      LocalDate day,
      List<Value> values) {
    int inserted =
        jdbc.sql(
                """
                INSERT INTO survey_response (response_id, municipality_id, round_id, channel,
                  area_code, age_band, gender, received_on)
                VALUES (:id, :m, :round, :channel, :area, :age, :gender, :day)
                ON CONFLICT (response_id) DO NOTHING
                """)
            .param("id", id)
            .param("m", m.value())
            .param("round", round)
            .param("channel", channel)
            .param("area", area)
            .param("age", ageBand)
            .param("gender", gender)
            .param("day", day)
            .update();
    if (inserted == 0) {
      return false;
    }
    template.batchUpdate(
        "INSERT INTO survey_answer (response_id, question_id, value, flagged) VALUES (?, ?, ?, ?)",
        values,
        500,
        (ps, v) -> {
          ps.setObject(1, id);
          ps.setObject(2, v.questionId());
          ps.setString(3, v.value());
          ps.setBoolean(4, v.flagged());
        });
    count(m, id, round, area, ageBand, gender);
    return true;
  }

  /**
   * Counts a stored response into the kept counts, in the transaction that stores it: the
   * respondent row first and then the answer rows in question order, so two responses of the same
   * background wait for each other instead of deadlocking (other backgrounds share no row).
   */
  private void count(
      MunicipalityId m,
      UUID id,
      UUID round,
      @Nullable String area,
      @Nullable String ageBand,
      @Nullable String gender) {
    jdbc.sql(
            """
            INSERT INTO survey_respondent_count (municipality_id, round_id, area_code, age_band,
              gender, n)
            VALUES (:m, :round, :area, :age, :gender, 1)
            ON CONFLICT (round_id, area_code, age_band, gender)
            DO UPDATE SET n = survey_respondent_count.n + 1
            """)
        .param("m", m.value())
        .param("round", round)
        .param("area", area == null ? "" : area)
        .param("age", ageBand == null ? "" : ageBand)
        .param("gender", gender == null ? "" : gender)
        .update();
    jdbc.sql(
            """
            INSERT INTO survey_answer_count (municipality_id, round_id, question_id, area_code,
              age_band, gender, vals, n)
            SELECT :m, :round, a.question_id, :area, :age, :gender,
              array_agg(a.value ORDER BY a.value), 1
            FROM survey_answer a JOIN survey_question q ON q.question_id = a.question_id
            WHERE a.response_id = :id AND NOT a.flagged
              AND q.kind IN ('SINGLE', 'MULTIPLE', 'LIKERT', 'NUMBER')
            GROUP BY a.question_id
            ORDER BY a.question_id
            ON CONFLICT (round_id, question_id, area_code, age_band, gender, vals)
            DO UPDATE SET n = survey_answer_count.n + 1
            """)
        .param("m", m.value())
        .param("round", round)
        .param("id", id)
        .param("area", area == null ? "" : area)
        .param("age", ageBand == null ? "" : ageBand)
        .param("gender", gender == null ? "" : gender)
        .update();
  }

  int responseCount(MunicipalityId m, UUID round) {
    return jdbc.sql(
            "SELECT count(*) FROM survey_response WHERE municipality_id = :m AND round_id = :r")
        .param("m", m.value())
        .param("r", round)
        .query(Integer.class)
        .single();
  }

  /**
   * The closed questions (single and multiple choice, Likert, number) that have answers in the
   * round, from the kept counts: only free text is ever flagged, so every answered closed question
   * is counted there.
   */
  List<UUID> answeredInRound(MunicipalityId m, UUID round) {
    return jdbc.sql(
            """
            SELECT DISTINCT question_id FROM survey_answer_count
            WHERE municipality_id = :m AND round_id = :r
            """)
        .param("m", m.value())
        .param("r", round)
        .query(UUID.class)
        .list();
  }

  /**
   * Counts the round's stored responses afresh into the kept counts, as the migration that
   * introduced them did for the rounds of that day; for tools that store answers directly.
   */
  void recount(MunicipalityId m, UUID round) {
    for (String table : List.of("survey_respondent_count", "survey_answer_count")) {
      jdbc.sql("DELETE FROM " + table + " WHERE municipality_id = :m AND round_id = :r")
          .param("m", m.value())
          .param("r", round)
          .update();
    }
    jdbc.sql(
            """
            INSERT INTO survey_respondent_count (municipality_id, round_id, area_code, age_band,
              gender, n)
            SELECT municipality_id, round_id, coalesce(area_code, ''), coalesce(age_band, ''),
              coalesce(gender, ''), count(*)
            FROM survey_response WHERE municipality_id = :m AND round_id = :r
            GROUP BY municipality_id, round_id, coalesce(area_code, ''), coalesce(age_band, ''),
              coalesce(gender, '')
            """)
        .param("m", m.value())
        .param("r", round)
        .update();
    jdbc.sql(
            """
            INSERT INTO survey_answer_count (municipality_id, round_id, question_id, area_code,
              age_band, gender, vals, n)
            SELECT municipality_id, round_id, question_id, area_code, age_band, gender, vals,
              count(*)
            FROM (
              SELECT r.municipality_id, r.round_id, a.question_id,
                coalesce(r.area_code, '') AS area_code, coalesce(r.age_band, '') AS age_band,
                coalesce(r.gender, '') AS gender, array_agg(a.value ORDER BY a.value) AS vals
              FROM survey_response r
              JOIN survey_answer a ON a.response_id = r.response_id
              JOIN survey_question q ON q.question_id = a.question_id
              WHERE r.municipality_id = :m AND r.round_id = :r AND NOT a.flagged
                AND q.kind IN ('SINGLE', 'MULTIPLE', 'LIKERT', 'NUMBER')
              GROUP BY r.response_id, a.question_id
            ) s
            GROUP BY municipality_id, round_id, question_id, area_code, age_band, gender, vals
            """)
        .param("m", m.value())
        .param("r", round)
        .update();
  }

  /**
   * The round's responses counted per area code, age band and gender (columns area_code, age_band,
   * gender, '' when not given, and n), from the counts kept as responses are stored.
   */
  void countRespondents(MunicipalityId m, UUID round, RowCallbackHandler each) {
    template.query(
        """
        SELECT area_code, age_band, gender, n FROM survey_respondent_count
        WHERE municipality_id = ? AND round_id = ?
        """,
        each,
        m.value(),
        round);
  }

  /**
   * The round's unflagged answers to {@code questions} counted per question, area code, age band,
   * gender and sorted set of values (columns question_id, area_code, age_band, gender, vals as a
   * text array, n), from the counts kept as responses are stored.
   */
  void countAnswers(MunicipalityId m, UUID round, List<UUID> questions, RowCallbackHandler each) {
    if (questions.isEmpty()) {
      return;
    }
    template.query(
        """
        SELECT question_id, area_code, age_band, gender, vals, n FROM survey_answer_count
        WHERE municipality_id = ? AND round_id = ? AND question_id = ANY (?)
        """,
        ps -> {
          ps.setObject(1, m.value());
          ps.setObject(2, round);
          ps.setArray(3, ps.getConnection().createArrayOf("uuid", questions.toArray()));
        },
        each);
  }
}
