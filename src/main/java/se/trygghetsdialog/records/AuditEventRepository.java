package se.trygghetsdialog.records;

import java.time.ZoneId;
import java.util.HashMap;
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

  List<AuditEntry> matching(
      MunicipalityId municipality, AuditFilter filter, int limit, int offset) {
    Map<String, Object> params = new HashMap<>(params(filter));
    params.put("limit", limit);
    params.put("offset", offset);
    return ENTRIES.list(
        jdbc,
        municipality,
        where(filter) + " ORDER BY occurred_at DESC, seq DESC LIMIT :limit OFFSET :offset",
        params);
  }

  int count(MunicipalityId municipality, AuditFilter filter) {
    return ENTRIES.count(jdbc, municipality, where(filter), params(filter));
  }

  /** The actions the log holds, for choosing one. */
  List<String> actions(MunicipalityId municipality) {
    return jdbc.sql(
            "SELECT DISTINCT action FROM audit_event WHERE municipality_id = :m ORDER BY action")
        .param("m", municipality.value())
        .query(String.class)
        .list();
  }

  /** The staff accounts that acted in the log, for choosing one. */
  List<UUID> actors(MunicipalityId municipality) {
    return jdbc.sql(
            "SELECT DISTINCT actor_account_id FROM audit_event"
                + " WHERE municipality_id = :m AND actor_account_id IS NOT NULL")
        .param("m", municipality.value())
        .query(UUID.class)
        .list();
  }

  private static String where(AuditFilter filter) {
    StringBuilder where = new StringBuilder();
    if (filter.from() != null) {
      where.append(" AND occurred_at >= :from");
    }
    if (filter.to() != null) {
      where.append(" AND occurred_at < :to");
    }
    if (filter.action() != null) {
      where.append(" AND action = :action");
    }
    if (filter.actorAccountId() != null) {
      where.append(" AND actor_account_id = :actor");
    }
    if (filter.subject() != null) {
      where.append(" AND subject = :subject");
    }
    return where.toString();
  }

  private static Map<String, Object> params(AuditFilter filter) {
    Map<String, Object> params = new HashMap<>();
    // The application runs in the municipalities' zone (TrygghetsdialogApplication).
    ZoneId zone = ZoneId.systemDefault();
    if (filter.from() != null) {
      params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
    }
    if (filter.to() != null) {
      params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }
    if (filter.action() != null) {
      params.put("action", filter.action());
    }
    if (filter.actorAccountId() != null) {
      params.put("actor", filter.actorAccountId());
    }
    if (filter.subject() != null) {
      params.put("subject", filter.subject());
    }
    return params;
  }
}
