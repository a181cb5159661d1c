package se.trygghetsdialog.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for the audit log; rows are inserted and read, never changed. */
@Repository
class AuditEventRepository {

  private final JdbcClient jdbc;

  AuditEventRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

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
    return jdbc.sql(
            """
            SELECT id, municipality_id, occurred_at, actor_account_id, action, subject, details
            FROM audit_event WHERE municipality_id = :m
            ORDER BY occurred_at DESC, id LIMIT :limit OFFSET :offset
            """)
        .param("m", municipality.value())
        .param("limit", limit)
        .param("offset", offset)
        .query(AuditEventRepository::row)
        .list();
  }

  List<AuditEntry> forSubject(MunicipalityId municipality, String subject) {
    return jdbc.sql(
            """
            SELECT id, municipality_id, occurred_at, actor_account_id, action, subject, details
            FROM audit_event WHERE municipality_id = :m AND subject = :subject
            ORDER BY occurred_at DESC, id
            """)
        .param("m", municipality.value())
        .param("subject", subject)
        .query(AuditEventRepository::row)
        .list();
  }

  int count(MunicipalityId municipality) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query(Integer.class)
        .single();
  }
}
