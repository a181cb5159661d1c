package se.trygghetsdialog.analysis;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** A report to the decision-makers was frozen as a numbered version. */
public record ReportFrozen(
    MunicipalityId municipalityId,
    UUID versionId,
    UUID dialogueId,
    ReportKind kind,
    int number,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "analysis.reportFrozen";
  }

  @Override
  public String auditSubject() {
    return versionId.toString();
  }
}
