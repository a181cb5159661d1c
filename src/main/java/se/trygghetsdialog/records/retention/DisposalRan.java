package se.trygghetsdialog.records.retention;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The disposal job ran (dry or real) in one municipality and found or disposed of items. */
public record DisposalRan(
    MunicipalityId municipalityId,
    UUID runId,
    boolean dryRun,
    int items,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return dryRun ? "records.disposal-dry-run" : "records.disposal-run";
  }

  @Override
  public String auditSubject() {
    return runId.toString();
  }
}
