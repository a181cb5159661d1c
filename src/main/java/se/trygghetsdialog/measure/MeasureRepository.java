package se.trygghetsdialog.measure;

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

/** SQL for measures, their links, progress updates, decisions, and inputs not used. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeasureRepository {

  private static final String COLUMNS =
      """
      m.measure_id AS id, m.municipality_id, m.kind, m.title, m.description, m.horizon, m.owner,
      m.owner_kind, m.contact, m.expected_effect, m.measure_type, m.area_id, m.status,
      m.follow_up_on, m.version, m.created_at
      """;

  private static final MunicipalityRows<Measure> MEASURES =
      MunicipalityRows.of(Measure.class, COLUMNS, "FROM measure m WHERE m.municipality_id = :m");

  private static final MunicipalityRows<MeasureLink> LINKS =
      new MunicipalityRows<>(
          "measure_id, input_type, input_id, label, linked_at",
          "FROM measure_link WHERE municipality_id = :m",
          (rs, n) ->
              new MeasureLink(
                  new MeasureId(rs.getObject("measure_id", UUID.class)),
                  new InputRef(rs.getString("input_type"), rs.getObject("input_id", UUID.class)),
                  rs.getString("label"),
                  rs.getObject("linked_at", OffsetDateTime.class)));

  private static final MunicipalityRows<ProgressUpdate> PROGRESS =
      MunicipalityRows.of(
          ProgressUpdate.class,
          "status, note, recorded_at",
          "FROM measure_progress WHERE municipality_id = :m");

  private static final MunicipalityRows<MeasureDecision> DECISIONS =
      MunicipalityRows.of(
          MeasureDecision.class,
          """
          decision_id AS id, measure_id, body, decided_on, paragraph, registration_number, outcome,
          reasons, recorded_at""",
          "FROM measure_decision WHERE municipality_id = :m");

  private static final VersionedRows VERSIONED = new VersionedRows("measure", "measure_id");

  private final JdbcClient jdbc;

  Optional<Measure> find(MunicipalityId municipality, MeasureId id) {
    return MEASURES.optional(
        jdbc, municipality, "AND m.measure_id = :id", Map.of("id", id.value()));
  }

  Optional<MeasureId> byCreationToken(MunicipalityId municipality, UUID token) {
    return MEASURES
        .optional(jdbc, municipality, "AND m.creation_token = :t", Map.of("t", token))
        .map(Measure::id);
  }

  List<Measure> all(MunicipalityId municipality) {
    return MEASURES.list(jdbc, municipality, "ORDER BY m.created_at, m.title");
  }

  List<Measure> linkedTo(MunicipalityId municipality, InputRef input) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                 FROM measure m JOIN measure_link l ON l.measure_id = m.measure_id
                WHERE m.municipality_id = :m AND l.municipality_id = :m
                  AND l.input_type = :type AND l.input_id = :id
                ORDER BY m.created_at, m.title
                """)
        .param("m", municipality.value())
        .param("type", input.type())
        .param("id", input.id())
        .query(MEASURES.mapper())
        .list();
  }

  List<Measure> inArea(MunicipalityId municipality, UUID area) {
    return MEASURES.list(
        jdbc, municipality, "AND m.area_id = :a ORDER BY m.created_at, m.title", Map.of("a", area));
  }

  void insert(Measure m, UUID creationToken, @Nullable UUID createdBy) {
    jdbc.sql(
            """
            INSERT INTO measure (measure_id, municipality_id, kind, title, description, horizon,
              owner, owner_kind, contact, expected_effect, measure_type, area_id, status,
              follow_up_on, creation_token, created_by, created_at)
            VALUES (:id, :m, :kind, :title, :description, :horizon, :owner, :ownerKind, :contact,
              :effect, :type, :area, :status, :followUp, :token, :by, :at)
            """)
        .param("id", m.id().value())
        .param("m", m.municipalityId().value())
        .param("kind", m.kind().name())
        .param("title", m.title())
        .param("description", m.description())
        .param("horizon", m.horizon().name())
        .param("owner", m.owner())
        .param("ownerKind", m.ownerKind().name())
        .param("contact", m.contact())
        .param("effect", m.expectedEffect())
        .param("type", m.measureType() == null ? null : m.measureType().name())
        .param("area", m.areaId())
        .param("status", m.status().name())
        .param("followUp", m.followUpOn())
        .param("token", creationToken)
        .param("by", createdBy)
        .param("at", m.createdAt())
        .update();
  }

  /**
   * @return false if the measure changed since {@code version} (nothing is changed)
   */
  boolean updateStatus(
      MunicipalityId municipality, MeasureId id, int version, MeasureStatus status) {
    return VERSIONED.update(
        jdbc,
        municipality,
        id.value(),
        version,
        "status = :status",
        "",
        Map.of("status", status.name()));
  }

  /** Adds a link; false if the measure was already linked to the input. */
  boolean link(
      MunicipalityId municipality, MeasureId id, InputRef input, String label, @Nullable UUID by) {
    return jdbc.sql(
                """
                INSERT INTO measure_link (measure_id, municipality_id, input_type, input_id, label,
                  linked_by)
                VALUES (:id, :m, :type, :input, :label, :by)
                ON CONFLICT DO NOTHING
                """)
            .param("id", id.value())
            .param("m", municipality.value())
            .param("type", input.type())
            .param("input", input.id())
            .param("label", label)
            .param("by", by)
            .update()
        == 1;
  }

  List<MeasureLink> links(MunicipalityId municipality, MeasureId id) {
    return LINKS.list(
        jdbc,
        municipality,
        "AND measure_id = :id ORDER BY linked_at, label",
        Map.of("id", id.value()));
  }

  void insertProgress(
      MunicipalityId municipality,
      MeasureId id,
      MeasureStatus status,
      String note,
      OffsetDateTime at,
      @Nullable UUID by) {
    jdbc.sql(
            """
            INSERT INTO measure_progress (progress_id, measure_id, municipality_id, status, note,
              recorded_at, recorded_by)
            VALUES (:pid, :id, :m, :status, :note, :at, :by)
            """)
        .param("pid", UUID.randomUUID())
        .param("id", id.value())
        .param("m", municipality.value())
        .param("status", status.name())
        .param("note", note)
        .param("at", at)
        .param("by", by)
        .update();
  }

  List<ProgressUpdate> progress(MunicipalityId municipality, MeasureId id) {
    return PROGRESS.list(
        jdbc,
        municipality,
        "AND measure_id = :id ORDER BY recorded_at, progress_id",
        Map.of("id", id.value()));
  }

  void insertDecision(MunicipalityId municipality, MeasureDecision d, @Nullable UUID by) {
    jdbc.sql(
            """
            INSERT INTO measure_decision (decision_id, measure_id, municipality_id, body,
              decided_on, paragraph, registration_number, outcome, reasons, recorded_at,
              recorded_by)
            VALUES (:id, :measure, :m, :body, :on, :paragraph, :registration, :outcome, :reasons,
              :at, :by)
            """)
        .param("id", d.id())
        .param("measure", d.measureId().value())
        .param("m", municipality.value())
        .param("body", d.body())
        .param("on", d.decidedOn())
        .param("paragraph", d.paragraph())
        .param("registration", d.registrationNumber())
        .param("outcome", d.outcome().name())
        .param("reasons", d.reasons())
        .param("at", d.recordedAt())
        .param("by", by)
        .update();
  }

  List<MeasureDecision> decisions(MunicipalityId municipality, MeasureId id) {
    return DECISIONS.list(
        jdbc, municipality, "AND measure_id = :id ORDER BY recorded_at", Map.of("id", id.value()));
  }

  void recordNotUsed(
      MunicipalityId municipality, InputRef input, String reason, @Nullable UUID by) {
    jdbc.sql(
            """
            INSERT INTO input_not_used (municipality_id, input_type, input_id, reason, recorded_by)
            VALUES (:m, :type, :id, :reason, :by)
            ON CONFLICT (municipality_id, input_type, input_id)
            DO UPDATE SET reason = EXCLUDED.reason, recorded_at = now(), recorded_by = EXCLUDED.recorded_by
            """)
        .param("m", municipality.value())
        .param("type", input.type())
        .param("id", input.id())
        .param("reason", reason)
        .param("by", by)
        .update();
  }

  Optional<String> notUsedReason(MunicipalityId municipality, InputRef input) {
    return jdbc.sql(
            """
            SELECT reason FROM input_not_used
            WHERE municipality_id = :m AND input_type = :type AND input_id = :id
            """)
        .param("m", municipality.value())
        .param("type", input.type())
        .param("id", input.id())
        .query(String.class)
        .optional();
  }
}
