package se.trygghetsdialog.records;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an auditor narrows the audit log to; a null part does not narrow. The dates are whole days
 * in the municipality's zone, both included.
 */
public record AuditFilter(
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String action,
    @Nullable UUID actorAccountId,
    @Nullable String subject) {

  /** The whole log. */
  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
