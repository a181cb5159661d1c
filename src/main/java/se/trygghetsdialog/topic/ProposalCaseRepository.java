package se.trygghetsdialog.topic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * SQL for the case files of medborgarförslag (table {@code topic_case}). Every statement filters by
 * the municipality; every change after registration checks the version it was shown. The names of
 * the organisations are not read here: {@link Topics} asks the tenancy module for them.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProposalCaseRepository {

  private static final String COLUMNS =
      """
      c.topic_id, c.registration, c.registered_at, c.referred_to, c.response_task_id, c.due_on,
      c.referred_at, c.answer, c.answered_at, c.decided_by, c.decision_date, c.decision_paragraph,
      c.outcome, c.reasons, c.decided_at, c.version
      """;

  private static final String FROM =
      """
      FROM topic_case c WHERE c.municipality_id = :m
      """;

  private final JdbcClient jdbc;

  private static ProposalCase row(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    return new ProposalCase(
        rs.getObject("topic_id", UUID.class),
        rs.getString("registration"),
        rs.getObject("registered_at", OffsetDateTime.class),
        rs.getObject("referred_to", UUID.class),
        null,
        rs.getObject("response_task_id", UUID.class),
        rs.getObject("due_on", LocalDate.class),
        rs.getObject("referred_at", OffsetDateTime.class),
        rs.getString("answer"),
        rs.getObject("answered_at", OffsetDateTime.class),
        rs.getObject("decided_by", UUID.class),
        null,
        rs.getObject("decision_date", LocalDate.class),
        rs.getString("decision_paragraph"),
        outcome == null ? null : ProposalOutcome.valueOf(outcome),
        rs.getString("reasons"),
        rs.getObject("decided_at", OffsetDateTime.class),
        rs.getInt("version"));
  }

  Optional<ProposalCase> find(MunicipalityId municipality, UUID topic) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " AND c.topic_id = :topic")
        .param("m", municipality.value())
        .param("topic", topic)
        .query(ProposalCaseRepository::row)
        .optional();
  }

  /** The case whose referral is the response task, if any. */
  Optional<ProposalCase> ofResponseTask(MunicipalityId municipality, UUID task) {
    return jdbc.sql("SELECT " + COLUMNS + FROM + " AND c.response_task_id = :task")
        .param("m", municipality.value())
        .param("task", task)
        .query(ProposalCaseRepository::row)
        .optional();
  }

  /**
   * Opens the case file; false if the topic already has one.
   *
   * @throws org.springframework.dao.DuplicateKeyException if the diarienummer is taken
   */
  boolean register(
      MunicipalityId municipality, UUID topic, String registration, OffsetDateTime at) {
    return jdbc.sql(
                """
            INSERT INTO topic_case (topic_id, municipality_id, registration, registered_at)
            VALUES (:topic, :m, :registration, :at) ON CONFLICT (topic_id) DO NOTHING
            """)
            .param("topic", topic)
            .param("m", municipality.value())
            .param("registration", registration)
            .param("at", at)
            .update()
        == 1;
  }

  boolean refer(
      MunicipalityId municipality,
      UUID topic,
      int version,
      UUID organisation,
      UUID task,
      LocalDate dueOn,
      OffsetDateTime at) {
    return jdbc.sql(
                """
            UPDATE topic_case SET referred_to = :organisation, response_task_id = :task,
              due_on = :due, referred_at = :at, version = version + 1
            WHERE municipality_id = :m AND topic_id = :topic AND version = :version
              AND referred_at IS NULL AND decided_at IS NULL
            """)
            .param("organisation", organisation)
            .param("task", task)
            .param("due", dueOn)
            .param("at", at)
            .param("m", municipality.value())
            .param("topic", topic)
            .param("version", version)
            .update()
        == 1;
  }

  /** Records the nämnd's answer once; false if it was already recorded. */
  boolean answer(MunicipalityId municipality, UUID topic, String answer, OffsetDateTime at) {
    return jdbc.sql(
                """
            UPDATE topic_case SET answer = :answer, answered_at = :at, version = version + 1
            WHERE municipality_id = :m AND topic_id = :topic AND answered_at IS NULL
            """)
            .param("answer", answer)
            .param("at", at)
            .param("m", municipality.value())
            .param("topic", topic)
            .update()
        == 1;
  }

  boolean decide(
      MunicipalityId municipality,
      UUID topic,
      int version,
      DecideProposal.Decision decision,
      OffsetDateTime at) {
    return jdbc.sql(
                """
            UPDATE topic_case SET decided_by = :body, decision_date = :date,
              decision_paragraph = :paragraph, outcome = :outcome, reasons = :reasons,
              decided_at = :at, version = version + 1
            WHERE municipality_id = :m AND topic_id = :topic AND version = :version
              AND decided_at IS NULL
            """)
            .param("body", decision.body())
            .param("date", decision.date())
            .param("paragraph", decision.paragraph())
            .param("outcome", decision.outcome().name())
            .param("reasons", decision.reasons())
            .param("at", at)
            .param("m", municipality.value())
            .param("topic", topic)
            .param("version", version)
            .update()
        == 1;
  }
}
