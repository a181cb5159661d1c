package se.trygghetsdialog.shared;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An event that the audit log records. Modules publish their own past-tense events; those that
 * implement this interface are written to the audit log by the records module.
 */
public interface AuditableEvent {

  MunicipalityId municipalityId();

  /** The staff account that acted, or null for a resident or the system. */
  @Nullable UUID actorAccountId();

  /** A stable action name, e.g. {@code dialogue.created}. */
  String auditAction();

  /** The id of the thing acted on. */
  String auditSubject();
}
