package se.trygghetsdialog.records;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The audit log: every {@link AuditableEvent} any module publishes is written here, after the
 * publishing transaction has committed (the event publication registry retries it after a crash).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditLog {

  /** Longest details text kept; an event's description is never needed in full. */
  static final int MAX_DETAILS = 4000;

  private final AuditEventRepository events;

  @ApplicationModuleListener
  void on(AuditableEvent event) {
    String details = event.toString();
    if (details.length() > MAX_DETAILS) {
      details = details.substring(0, MAX_DETAILS);
    }
    events.insert(
        new AuditEntry(
            UUID.randomUUID(),
            event.municipalityId(),
            OffsetDateTime.now(),
            event.actorAccountId(),
            event.auditAction(),
            event.auditSubject(),
            details));
  }

  /** One page of the log, newest first. */
  public List<AuditEntry> newestFirst(MunicipalityId municipality, int limit, int offset) {
    return events.newestFirst(municipality, limit, offset);
  }

  /** Everything logged about one subject, newest first. */
  public List<AuditEntry> about(MunicipalityId municipality, String subject) {
    return events.forSubject(municipality, subject);
  }

  public int count(MunicipalityId municipality) {
    return events.count(municipality);
  }

  /** One page of the entries the filter lets through, newest first. */
  public List<AuditEntry> matching(
      MunicipalityId municipality, AuditFilter filter, int limit, int offset) {
    return events.matching(municipality, filter, limit, offset);
  }

  /** How many entries the filter lets through. */
  public int count(MunicipalityId municipality, AuditFilter filter) {
    return events.count(municipality, filter);
  }

  /** The action names that occur in the municipality's log, in order. */
  public List<String> actions(MunicipalityId municipality) {
    return events.actions(municipality);
  }

  /** The staff accounts that occur as actors in the municipality's log. */
  public List<UUID> actors(MunicipalityId municipality) {
    return events.actors(municipality);
  }
}
