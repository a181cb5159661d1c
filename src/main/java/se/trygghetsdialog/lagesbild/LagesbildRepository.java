package se.trygghetsdialog.lagesbild;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.measure.AdoptionDecision;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for the lägesbild: crime statistics, the draft, problems and adopted versions. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LagesbildRepository {

  private static final MunicipalityRows<LagesbildProblem> PROBLEMS =
      new MunicipalityRows<>(
          "*", "FROM lagesbild_problem WHERE municipality_id = :m", (rs, n) -> problem(rs));

  private static final MunicipalityRows<LagesbildVersion> VERSIONS =
      new MunicipalityRows<>(
          "*", "FROM lagesbild_version WHERE municipality_id = :m", (rs, n) -> header(rs));

  private final JdbcClient jdbc;

  // ---- crime statistics ------------------------------------------------------------------

  List<CrimeStatistic> crime(MunicipalityId municipality) {
    return jdbc.sql(
            "SELECT category, period, count FROM crime_statistic WHERE municipality_id = :m"
                + " ORDER BY category, period")
        .param("m", municipality.value())
        .query(LagesbildRepository::crimeStatistic)
        .list();
  }

  private static CrimeStatistic crimeStatistic(ResultSet rs, int row) throws SQLException {
    return new CrimeStatistic(
        rs.getString("category"),
        CrimePeriod.parse(rs.getString("period")).orElseThrow(),
        rs.getLong("count"));
  }

  void storeCrime(MunicipalityId municipality, List<CrimeStatistic> rows, String fileName) {
    for (CrimeStatistic row : rows) {
      jdbc.sql(
              """
              INSERT INTO crime_statistic (municipality_id, category, period, count, source_file)
              VALUES (:m, :category, :period, :count, :file)
              ON CONFLICT (municipality_id, category, period)
              DO UPDATE SET count = excluded.count, source_file = excluded.source_file,
                imported_at = now()
              """)
          .param("m", municipality.value())
          .param("category", row.category())
          .param("period", row.period().toString())
          .param("count", row.count())
          .param("file", fileName)
          .update();
    }
  }

  // ---- draft -----------------------------------------------------------------------------

  Optional<Lagesbild> draft(MunicipalityId municipality) {
    return jdbc.sql("SELECT * FROM lagesbild_draft WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query((rs, n) -> texts(rs, keys(rs.getString("chosen_facts")), rs.getInt("revision")))
        .optional();
  }

  /** The texts of the draft or of a version (their columns have the same names). */
  private static Lagesbild texts(ResultSet rs, Set<String> chosenFacts, int revision)
      throws SQLException {
    return new Lagesbild(
        rs.getString("title"),
        rs.getString("crime_text"),
        rs.getString("other_text"),
        rs.getString("analysis_text"),
        rs.getObject("facts_from", LocalDate.class),
        rs.getObject("facts_to", LocalDate.class),
        chosenFacts,
        revision);
  }

  private static Set<String> keys(String joined) {
    Set<String> keys = new LinkedHashSet<>();
    Arrays.stream(joined.split("\n")).filter(k -> !k.isBlank()).forEach(keys::add);
    return keys;
  }

  /**
   * Stores the draft if its revision is still {@code expectedRevision} (0 when none is stored).
   *
   * @return false if someone saved in between
   */
  boolean saveDraft(MunicipalityId municipality, Lagesbild draft, int expectedRevision) {
    return jdbc.sql(
                """
                INSERT INTO lagesbild_draft (municipality_id, title, crime_text, other_text,
                  analysis_text, facts_from, facts_to, chosen_facts, revision)
                VALUES (:m, :title, :crime, :other, :analysis, :from, :to, :facts, :expected + 1)
                ON CONFLICT (municipality_id) DO UPDATE SET title = excluded.title,
                  crime_text = excluded.crime_text, other_text = excluded.other_text,
                  analysis_text = excluded.analysis_text, facts_from = excluded.facts_from,
                  facts_to = excluded.facts_to, chosen_facts = excluded.chosen_facts,
                  revision = lagesbild_draft.revision + 1, updated_at = now()
                WHERE lagesbild_draft.revision = :expected
                """)
            .param("m", municipality.value())
            .param("title", draft.title())
            .param("crime", draft.crimeText())
            .param("other", draft.otherText())
            .param("analysis", draft.analysisText())
            .param("from", draft.factsFrom())
            .param("to", draft.factsTo())
            .param("facts", String.join("\n", draft.chosenFacts()))
            .param("expected", expectedRevision)
            .update()
        == 1;
  }

  // ---- problems --------------------------------------------------------------------------

  List<LagesbildProblem> problems(MunicipalityId municipality) {
    return PROBLEMS.list(jdbc, municipality, "AND NOT removed ORDER BY created_at, problem_id");
  }

  Optional<LagesbildProblem> problem(MunicipalityId municipality, UUID id) {
    return PROBLEMS.optional(
        jdbc, municipality, "AND problem_id = :id AND NOT removed", Map.of("id", id));
  }

  private static LagesbildProblem problem(ResultSet rs) throws SQLException {
    return new LagesbildProblem(
        rs.getObject("problem_id", UUID.class),
        rs.getString("title"),
        rs.getString("description"),
        rs.getObject("area_id", UUID.class),
        "");
  }

  void addProblem(MunicipalityId municipality, LagesbildProblem problem) {
    jdbc.sql(
            """
            INSERT INTO lagesbild_problem (problem_id, municipality_id, title, description, area_id)
            VALUES (:id, :m, :title, :description, :area)
            ON CONFLICT (problem_id) DO NOTHING
            """)
        .param("id", problem.id())
        .param("m", municipality.value())
        .param("title", problem.title())
        .param("description", problem.description())
        .param("area", problem.areaId())
        .update();
  }

  boolean removeProblem(MunicipalityId municipality, UUID id) {
    return jdbc.sql(
                "UPDATE lagesbild_problem SET removed = TRUE"
                    + " WHERE municipality_id = :m AND problem_id = :id AND NOT removed")
            .param("m", municipality.value())
            .param("id", id)
            .update()
        == 1;
  }

  // ---- versions --------------------------------------------------------------------------

  int nextVersionNumber(MunicipalityId municipality) {
    return jdbc.sql(
            "SELECT coalesce(max(version_number), 0) + 1 FROM lagesbild_version"
                + " WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query(Integer.class)
        .single();
  }

  /**
   * @return false if a version with this number exists already (nothing stored)
   */
  boolean insertVersion(MunicipalityId municipality, LagesbildVersion v, @Nullable UUID by) {
    int rows =
        v.decision()
            .bind(
                jdbc.sql(
                    """
                INSERT INTO lagesbild_version (version_id, municipality_id, version_number, title,
                  crime_text, other_text, analysis_text, facts_from, facts_to, adopted_by,
                  adopted_on, paragraph, registration_number, recorded_by)
                VALUES (:id, :m, :n, :title, :crime, :other, :analysis, :from, :to, :by, :on,
                  :paragraph, :registration, :actor)
                ON CONFLICT (municipality_id, version_number) DO NOTHING
                """))
            .param("id", v.id())
            .param("m", municipality.value())
            .param("n", v.versionNumber())
            .param("title", v.title())
            .param("crime", v.crimeText())
            .param("other", v.otherText())
            .param("analysis", v.analysisText())
            .param("from", v.factsFrom())
            .param("to", v.factsTo())
            .param("actor", by)
            .update();
    if (rows == 0) {
      return false;
    }
    int position = 0;
    for (CrimeStatistic c : v.crime()) {
      jdbc.sql(
              "INSERT INTO lagesbild_version_crime (version_id, position, category, period, count)"
                  + " VALUES (:v, :p, :category, :period, :count)")
          .param("v", v.id())
          .param("p", position++)
          .param("category", c.category())
          .param("period", c.period().toString())
          .param("count", c.count())
          .update();
    }
    insertFacts(v.id(), "sv", v.facts());
    position = 0;
    for (LagesbildProblem p : v.problems()) {
      jdbc.sql(
              "INSERT INTO lagesbild_version_problem (version_id, position, problem_id, title,"
                  + " description, area_name) VALUES (:v, :p, :problem, :title, :description,"
                  + " :area)")
          .param("v", v.id())
          .param("p", position++)
          .param("problem", p.id())
          .param("title", p.title())
          .param("description", p.description())
          .param("area", p.areaName())
          .update();
    }
    return true;
  }

  /** Stores the facts of part 2 of a version worded in one language. */
  void insertFacts(UUID versionId, String language, List<LagesbildFact> facts) {
    int position = 0;
    for (LagesbildFact f : facts) {
      int factPosition = position++;
      jdbc.sql(
              "INSERT INTO lagesbild_version_fact (version_id, language, position, fact_key,"
                  + " source, title, text) VALUES (:v, :language, :p, :key, :source, :title,"
                  + " :text)")
          .param("v", versionId)
          .param("language", language)
          .param("p", factPosition)
          .param("key", f.key())
          .param("source", f.source())
          .param("title", f.title())
          .param("text", f.text())
          .update();
      int rowPosition = 0;
      for (LagesbildFact.Row row : f.rows()) {
        jdbc.sql(
                "INSERT INTO lagesbild_version_fact_row (version_id, language, fact_position,"
                    + " position, label, count) VALUES (:v, :language, :f, :p, :label, :count)")
            .param("v", versionId)
            .param("language", language)
            .param("f", factPosition)
            .param("p", rowPosition++)
            .param("label", row.label())
            .param("count", row.count())
            .update();
      }
    }
  }

  /** The facts of part 2 of a version worded in one language, empty if not kept in it. */
  List<LagesbildFact> translatedFacts(UUID versionId, String language) {
    return facts(versionId, language);
  }

  private List<LagesbildFact> facts(UUID versionId, String language) {
    Map<Integer, List<LagesbildFact.Row>> rows = new TreeMap<>();
    jdbc.sql(
            "SELECT fact_position, label, count FROM lagesbild_version_fact_row"
                + " WHERE version_id = :v AND language = :language"
                + " ORDER BY fact_position, position")
        .param("v", versionId)
        .param("language", language)
        .query(
            rs -> {
              rows.computeIfAbsent(rs.getInt("fact_position"), k -> new ArrayList<>())
                  .add(new LagesbildFact.Row(rs.getString("label"), rs.getLong("count")));
            });
    return jdbc.sql(
            "SELECT * FROM lagesbild_version_fact WHERE version_id = :v AND language = :language"
                + " ORDER BY position")
        .param("v", versionId)
        .param("language", language)
        .query(
            (rs, n) ->
                new LagesbildFact(
                    rs.getString("fact_key"),
                    rs.getString("source"),
                    rs.getString("title"),
                    rows.getOrDefault(rs.getInt("position"), List.of()),
                    rs.getString("text")))
        .list();
  }

  /** Every adopted version, newest first. */
  List<LagesbildVersion> versions(MunicipalityId municipality) {
    return VERSIONS.list(jdbc, municipality, "ORDER BY version_number DESC").stream()
        .map(this::complete)
        .toList();
  }

  Optional<LagesbildVersion> version(MunicipalityId municipality, int number) {
    return VERSIONS
        .optional(jdbc, municipality, "AND version_number = :n", Map.of("n", number))
        .map(this::complete);
  }

  private static LagesbildVersion header(ResultSet rs) throws SQLException {
    return LagesbildVersion.of(
        rs.getObject("version_id", UUID.class),
        rs.getInt("version_number"),
        texts(rs, Set.of(), 0),
        AdoptionDecision.of(rs),
        List.of(),
        List.of(),
        List.of(),
        "sv");
  }

  private LagesbildVersion complete(LagesbildVersion v) {
    List<CrimeStatistic> crime =
        jdbc.sql(
                "SELECT category, period, count FROM lagesbild_version_crime WHERE version_id = :v"
                    + " ORDER BY position")
            .param("v", v.id())
            .query(LagesbildRepository::crimeStatistic)
            .list();
    List<LagesbildFact> facts = facts(v.id(), "sv");
    List<LagesbildProblem> problems =
        jdbc.sql("SELECT * FROM lagesbild_version_problem WHERE version_id = :v ORDER BY position")
            .param("v", v.id())
            .query(
                (rs, n) ->
                    new LagesbildProblem(
                        rs.getObject("problem_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("description"),
                        null,
                        rs.getString("area_name")))
            .list();
    return v.withParts(crime, facts, problems, "sv");
  }
}
