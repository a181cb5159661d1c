package se.trygghetsdialog.records;

import java.util.List;
import java.util.Map;
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
      MunicipalityRows.of(
          AuditEntry.class,
          "id, municipality_id, occurred_at, actor_account_id, action, subject, details",
          "FROM audit_event WHERE municipality_id = :m");

  private final JdbcClient jdbc;

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
