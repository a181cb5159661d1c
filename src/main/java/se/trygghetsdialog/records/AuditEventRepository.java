package se.trygghetsdialog.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for the audit log; rows are inserted and read, never changed. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditEventRepository {

  private static final MunicipalityRows<AuditEntry> ENTRIES =
      new MunicipalityRows<>(
          "id, municipality_id, occurred_at, actor_account_id, action, subject, details",
          "FROM audit_event WHERE municipality_id = :m",
          AuditEventRepository::row);

  private final JdbcClient jdbc;

  private static AuditEntry row(ResultSet rs, int n) throws SQLException {
    return new AuditEntry(
        rs.getObject("id", UUID.class),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getObject("occurred_at", OffsetDateTime.class),
        rs.getObject("actor_account_id", UUID.class),
        rs.getString("action"),
        rs.getString("subject"),
        rs.getString("details"));
  }

  void insert(AuditEntry entry) {
    jdbc.sql(
            """
            INSERT INTO audit_event
              (id, municipality_id, occurred_at, actor_account_id, action, subject, details)
            VALUES (:id, :m, :at, :actor, :action, :subject, :details)
            """)
        .param("id", entry.id())
        .param("m", entry.municipalityId().value())
        .param("at", entry.occurredAt())
        .param("actor", entry.actorAccountId())
        .param("action", entry.action())
        .param("subject", entry.subject())
        .param("details", entry.details())
        .update();
  }

  List<AuditEntry> newestFirst(MunicipalityId municipality, int limit, int offset) {
    return ENTRIES.page(jdbc, municipality, "ORDER BY occurred_at DESC, id", limit, offset);
  }

  List<AuditEntry> forSubject(MunicipalityId municipality, String subject) {
    return ENTRIES.list(
        jdbc,
        municipality,
        "AND subject = :subject ORDER BY occurred_at DESC, id",
        Map.of("subject", subject));
  }

  int count(MunicipalityId municipality) {
    return ENTRIES.count(jdbc, municipality);
  }
}
