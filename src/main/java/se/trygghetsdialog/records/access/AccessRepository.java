package se.trygghetsdialog.records.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for requests for public access, the documents they cover, redactions and grounds. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessRepository {

  private static final MunicipalityRows<AccessRequest> REQUESTS =
      new MunicipalityRows<>(
          "*", "FROM access_request WHERE municipality_id = :m", AccessRepository::request);

  private static final MunicipalityRows<SecrecyGround> GROUNDS =
      new MunicipalityRows<>(
          "*", "FROM secrecy_ground WHERE municipality_id = :m", AccessRepository::ground);

  private final JdbcClient jdbc;

  private static AccessRequest request(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    return new AccessRequest(
        rs.getObject("request_id", UUID.class),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getInt("number"),
        rs.getObject("received_at", OffsetDateTime.class),
        rs.getString("requester"),
        rs.getString("subject"),
        AccessChannel.valueOf(rs.getString("channel")),
        rs.getObject("registered_at", OffsetDateTime.class),
        outcome == null ? null : AccessOutcome.valueOf(outcome),
        rs.getString("reasons"),
        rs.getObject("decided_at", OffsetDateTime.class),
        rs.getObject("documents_disposed_at", OffsetDateTime.class));
  }

  private static SecrecyGround ground(ResultSet rs, int row) throws SQLException {
    return new SecrecyGround(
        rs.getObject("ground_id", UUID.class),
        rs.getInt("chapter"),
        rs.getInt("section"),
        rs.getString("label"),
        rs.getBoolean("verified"),
        rs.getBoolean("active"));
  }

  UUID insert(
      MunicipalityId m,
      UUID actor,
      OffsetDateTime receivedAt,
      String requester,
      String subject,
      AccessChannel channel) {
    UUID id = UUID.randomUUID();
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('access_request'), hashtext(:m))")
        .param("m", m.value().toString())
        .query()
        .singleRow();
    jdbc.sql(
            """
            INSERT INTO access_request (request_id, municipality_id, number, received_at,
              requester, subject, channel, registered_by)
            VALUES (:id, :m, (SELECT coalesce(max(number), 0) + 1 FROM access_request
              WHERE municipality_id = :m), :received, :requester, :subject, :channel, :actor)
            """)
        .param("id", id)
        .param("m", m.value())
        .param("received", receivedAt)
        .param("requester", requester)
        .param("subject", subject)
        .param("channel", channel.name())
        .param("actor", actor)
        .update();
    return id;
  }

  Optional<AccessRequest> find(MunicipalityId m, UUID id) {
    return REQUESTS.optional(jdbc, m, "AND request_id = :id", Map.of("id", id));
  }

  List<AccessRequest> newestFirst(MunicipalityId m, int limit, int offset) {
    return REQUESTS.page(jdbc, m, "ORDER BY received_at DESC, number DESC", limit, offset);
  }

  int count(MunicipalityId m) {
    return REQUESTS.count(jdbc, m, "", Map.of());
  }

  void decide(MunicipalityId m, UUID id, UUID actor, AccessOutcome outcome, String reasons) {
    jdbc.sql(
            """
            UPDATE access_request SET outcome = :outcome, reasons = :reasons, decided_by = :actor,
              decided_at = now()
            WHERE municipality_id = :m AND request_id = :id AND outcome IS NULL
            """)
        .param("outcome", outcome.name())
        .param("reasons", reasons)
        .param("actor", actor)
        .param("m", m.value())
        .param("id", id)
        .update();
  }

  /**
   * @return false when the request already covers the document
   */
  boolean addDocument(MunicipalityId m, UUID request, AccessDocument document) {
    return jdbc.sql(
                """
            INSERT INTO access_request_document (request_id, municipality_id, kind, document_id,
              received_at, text, metadata)
            VALUES (:request, :m, :kind, :doc, :received, :text, :metadata)
            ON CONFLICT DO NOTHING
            """)
            .param("request", request)
            .param("m", m.value())
            .param("kind", document.kind().name())
            .param("doc", document.id())
            .param("received", document.receivedAt())
            .param("text", document.text())
            .param("metadata", encode(document.fields()))
            .update()
        == 1;
  }

  boolean removeDocument(MunicipalityId m, UUID request, RecordKind kind, String document) {
    return jdbc.sql(
                """
            DELETE FROM access_request_document
            WHERE municipality_id = :m AND request_id = :request AND kind = :kind
              AND document_id = :doc
            """)
            .param("m", m.value())
            .param("request", request)
            .param("kind", kind.name())
            .param("doc", document)
            .update()
        == 1;
  }

  List<CoveredDocument> documents(MunicipalityId m, UUID request) {
    return jdbc.sql(
            """
            SELECT * FROM access_request_document WHERE municipality_id = :m
              AND request_id = :request ORDER BY kind, received_at, document_id
            """)
        .param("m", m.value())
        .param("request", request)
        .query(AccessRepository::document)
        .list();
  }

  private static CoveredDocument document(ResultSet rs, int row) throws SQLException {
    return new CoveredDocument(
        RecordKind.valueOf(rs.getString("kind")),
        rs.getString("document_id"),
        rs.getObject("received_at", OffsetDateTime.class),
        rs.getString("text"),
        decode(rs.getString("metadata")));
  }

  /** Metadata as one line per field: label key, value key (or empty), value; tab-separated. */
  static String encode(List<AccessDocument.Field> fields) {
    StringBuilder out = new StringBuilder();
    for (AccessDocument.Field f : fields) {
      out.append(clean(f.labelKey()))
          .append('\t')
          .append(f.valueKey() == null ? "" : clean(f.valueKey()))
          .append('\t')
          .append(clean(f.value()))
          .append('\n');
    }
    return out.toString();
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  static List<AccessDocument.Field> decode(String metadata) {
    List<AccessDocument.Field> fields = new ArrayList<>();
    for (String line : metadata.split("\n")) {
      String[] parts = line.split("\t", 3);
      if (parts.length == 3) {
        fields.add(
            new AccessDocument.Field(parts[0], parts[2], parts[1].isEmpty() ? null : parts[1]));
      }
    }
    return fields;
  }

  void insertRedaction(
      MunicipalityId m,
      UUID request,
      RecordKind kind,
      String document,
      int start,
      int end,
      UUID ground,
      UUID actor) {
    jdbc.sql(
            """
            INSERT INTO access_redaction (redaction_id, request_id, municipality_id, kind,
              document_id, start_offset, end_offset, ground_id, marked_by)
            VALUES (:id, :request, :m, :kind, :doc, :start, :end, :ground, :actor)
            """)
        .param("id", UUID.randomUUID())
        .param("request", request)
        .param("m", m.value())
        .param("kind", kind.name())
        .param("doc", document)
        .param("start", start)
        .param("end", end)
        .param("ground", ground)
        .param("actor", actor)
        .update();
  }

  boolean deleteRedaction(MunicipalityId m, UUID request, UUID redaction) {
    return jdbc.sql(
                """
            DELETE FROM access_redaction
            WHERE municipality_id = :m AND request_id = :request AND redaction_id = :id
            """)
            .param("m", m.value())
            .param("request", request)
            .param("id", redaction)
            .update()
        == 1;
  }

  /** The redactions of a request, in document order. */
  List<Redaction> redactions(MunicipalityId m, UUID request) {
    return jdbc.sql(
            """
            SELECT r.redaction_id, r.kind, r.document_id, r.start_offset, r.end_offset,
              g.ground_id, g.chapter, g.section, g.label, g.verified, g.active
            FROM access_redaction r JOIN secrecy_ground g ON g.ground_id = r.ground_id
            WHERE r.municipality_id = :m AND r.request_id = :request
            ORDER BY r.kind, r.document_id, r.start_offset
            """)
        .param("m", m.value())
        .param("request", request)
        .query(
            (rs, row) ->
                new Redaction(
                    rs.getObject("redaction_id", UUID.class),
                    RecordKind.valueOf(rs.getString("kind")),
                    rs.getString("document_id"),
                    rs.getInt("start_offset"),
                    rs.getInt("end_offset"),
                    ground(rs, row)))
        .list();
  }

  List<SecrecyGround> grounds(MunicipalityId m) {
    return GROUNDS.list(jdbc, m, "ORDER BY chapter, section");
  }

  Optional<SecrecyGround> ground(MunicipalityId m, UUID id) {
    return GROUNDS.optional(jdbc, m, "AND ground_id = :id", Map.of("id", id));
  }

  /**
   * @return false when the list already has this chapter and section
   */
  boolean insertGround(
      MunicipalityId m, UUID id, int chapter, int section, String label, boolean verified) {
    return jdbc.sql(
                """
            INSERT INTO secrecy_ground (ground_id, municipality_id, chapter, section, label,
              verified)
            VALUES (:id, :m, :chapter, :section, :label, :verified)
            ON CONFLICT DO NOTHING
            """)
            .param("id", id)
            .param("m", m.value())
            .param("chapter", chapter)
            .param("section", section)
            .param("label", label)
            .param("verified", verified)
            .update()
        == 1;
  }

  void setGroundActive(MunicipalityId m, UUID id, boolean active) {
    jdbc.sql(
            "UPDATE secrecy_ground SET active = :active WHERE municipality_id = :m"
                + " AND ground_id = :id")
        .param("active", active)
        .param("m", m.value())
        .param("id", id)
        .update();
  }
}
