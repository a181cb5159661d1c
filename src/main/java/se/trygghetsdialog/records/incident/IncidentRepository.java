package se.trygghetsdialog.records.incident;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for the personal-data incident log. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentRepository {

  private static final MunicipalityRows<Incident> INCIDENTS =
      new MunicipalityRows<>(
          "*",
          "FROM personal_data_incident WHERE municipality_id = :m",
          IncidentRepository::incident);

  private final JdbcClient jdbc;

  private static Incident incident(ResultSet rs, int row) throws SQLException {
    return new Incident(
        rs.getObject("incident_id", UUID.class),
        rs.getInt("number"),
        rs.getString("title"),
        rs.getString("what_happened"),
        rs.getObject("discovered_at", OffsetDateTime.class),
        rs.getString("data_concerned"),
        rs.getInt("people_estimate"),
        IncidentRisk.valueOf(rs.getString("risk")),
        rs.getString("risk_assessment"),
        rs.getObject("reported_to_imy_on", LocalDate.class),
        rs.getString("imy_reference"),
        rs.getString("not_reported_reason"),
        rs.getObject("closed_at", OffsetDateTime.class),
        rs.getObject("reminder_sent_at", OffsetDateTime.class),
        rs.getObject("recorded_at", OffsetDateTime.class));
  }

  private static JdbcClient.StatementSpec details(
      JdbcClient.StatementSpec spec, Incidents.Details d) {
    return spec.param("title", d.title())
        .param("what", d.whatHappened())
        .param("discovered", d.discoveredAt())
        .param("data", d.dataConcerned())
        .param("people", d.peopleEstimate())
        .param("risk", d.risk().name())
        .param("assessment", d.riskAssessment())
        .param("reportedOn", d.reportedToImyOn())
        .param("reference", d.imyReference())
        .param("notReported", d.notReportedReason());
  }

  UUID insert(MunicipalityId m, UUID actor, Incidents.Details d) {
    UUID id = UUID.randomUUID();
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('personal_data_incident'), hashtext(:m))")
        .param("m", m.value().toString())
        .query()
        .listOfRows();
    details(
            jdbc.sql(
                """
            INSERT INTO personal_data_incident (incident_id, municipality_id, number, title,
              what_happened, discovered_at, data_concerned, people_estimate, risk,
              risk_assessment, reported_to_imy_on, imy_reference, not_reported_reason,
              recorded_by)
            VALUES (:id, :m, (SELECT coalesce(max(number), 0) + 1 FROM personal_data_incident
              WHERE municipality_id = :m), :title, :what, :discovered, :data, :people, :risk,
              :assessment, :reportedOn, :reference, :notReported, :actor)
            """),
            d)
        .param("id", id)
        .param("m", m.value())
        .param("actor", actor)
        .update();
    return id;
  }

  void update(MunicipalityId m, UUID id, Incidents.Details d) {
    details(
            jdbc.sql(
                """
            UPDATE personal_data_incident SET title = :title, what_happened = :what,
              discovered_at = :discovered, data_concerned = :data, people_estimate = :people,
              risk = :risk, risk_assessment = :assessment, reported_to_imy_on = :reportedOn,
              imy_reference = :reference, not_reported_reason = :notReported,
              version = version + 1
            WHERE municipality_id = :m AND incident_id = :id
            """),
            d)
        .param("m", m.value())
        .param("id", id)
        .update();
  }

  Optional<Incident> find(MunicipalityId m, UUID id) {
    return INCIDENTS.optional(jdbc, m, "AND incident_id = :id", Map.of("id", id));
  }

  List<Incident> newestFirst(MunicipalityId m, int limit, int offset) {
    return INCIDENTS.page(jdbc, m, "ORDER BY discovered_at DESC, number DESC", limit, offset);
  }

  int count(MunicipalityId m) {
    return INCIDENTS.count(jdbc, m, "", Map.of());
  }

  void close(MunicipalityId m, UUID id) {
    jdbc.sql(
            "UPDATE personal_data_incident SET closed_at = now() WHERE municipality_id = :m"
                + " AND incident_id = :id AND closed_at IS NULL")
        .param("m", m.value())
        .param("id", id)
        .update();
  }

  void insertAction(MunicipalityId m, UUID incident, UUID actor, LocalDate on, String text) {
    jdbc.sql(
            """
            INSERT INTO personal_data_incident_action (action_id, incident_id, municipality_id,
              taken_on, text, recorded_by)
            VALUES (:id, :incident, :m, :on, :text, :actor)
            """)
        .param("id", UUID.randomUUID())
        .param("incident", incident)
        .param("m", m.value())
        .param("on", on)
        .param("text", text)
        .param("actor", actor)
        .update();
  }

  List<IncidentAction> actions(MunicipalityId m, UUID incident) {
    return jdbc.sql(
            """
            SELECT action_id, taken_on, text FROM personal_data_incident_action
            WHERE municipality_id = :m AND incident_id = :incident
            ORDER BY taken_on, recorded_at
            """)
        .param("m", m.value())
        .param("incident", incident)
        .query(
            (rs, row) ->
                new IncidentAction(
                    rs.getObject("action_id", UUID.class),
                    rs.getObject("taken_on", LocalDate.class),
                    rs.getString("text")))
        .list();
  }

  /** An incident of any municipality that is due a reminder. */
  record Due(MunicipalityId municipality, UUID id, int number, OffsetDateTime deadline) {}

  /** Open, unreported incidents without a reason and without a reminder, discovered before. */
  List<Due> due(OffsetDateTime discoveredBefore) {
    return jdbc.sql(
            """
            SELECT municipality_id, incident_id, number, discovered_at FROM personal_data_incident
            WHERE closed_at IS NULL AND reported_to_imy_on IS NULL AND reminder_sent_at IS NULL
              AND not_reported_reason = '' AND discovered_at < :before
            ORDER BY discovered_at
            """)
        .param("before", discoveredBefore)
        .query(
            (rs, row) ->
                new Due(
                    new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
                    rs.getObject("incident_id", UUID.class),
                    rs.getInt("number"),
                    rs.getObject("discovered_at", OffsetDateTime.class)
                        .plus(Incident.REPORTING_TIME)))
        .list();
  }

  /**
   * @return false when another node already sent the reminder
   */
  boolean claimReminder(MunicipalityId m, UUID id, OffsetDateTime now) {
    return jdbc.sql(
                """
            UPDATE personal_data_incident SET reminder_sent_at = :now
            WHERE municipality_id = :m AND incident_id = :id AND reminder_sent_at IS NULL
            """)
            .param("now", now)
            .param("m", m.value())
            .param("id", id)
            .update()
        == 1;
  }
}
