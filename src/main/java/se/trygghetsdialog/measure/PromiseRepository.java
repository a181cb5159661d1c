package se.trygghetsdialog.measure;

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
import se.trygghetsdialog.shared.db.RecordRowMapper;
import se.trygghetsdialog.shared.db.VersionedRows;

/**
 * SQL for medborgarlöften (tables citizen_promise, citizen_promise_activity and
 * citizen_promise_evidence).
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PromiseRepository {

  private static final MunicipalityRows<PromiseRow> PROMISES =
      new MunicipalityRows<>(
          """
          promise_id AS id, party, focus_area, period_start AS start, period_end AS "end",
          promise_text AS text, status, evidence, version""",
          "FROM citizen_promise WHERE municipality_id = :m",
          new RecordRowMapper<>(PromiseRow.class));

  private static final VersionedRows VERSIONED = new VersionedRows("citizen_promise", "promise_id");

  private final JdbcClient jdbc;

  // ---- medborgarlöften --------------------------------------------------------------------

  Optional<UUID> promiseByCreationToken(MunicipalityId municipality, UUID token) {
    return PROMISES
        .optional(jdbc, municipality, "AND creation_token = :t", Map.of("t", token))
        .map(PromiseRow::id);
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
    return PROMISES.list(jdbc, municipality, "ORDER BY period_start DESC, created_at");
  }

  /**
   * @return false if the promise changed since {@code version} or does not exist
   */
  boolean updatePromiseStatus(
      MunicipalityId municipality, UUID promise, int version, PromiseStatus status) {
    return VERSIONED.update(
        jdbc,
        municipality,
        promise,
        version,
        "status = :status",
        "",
        Map.of("status", status.name()));
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
}
