package se.trygghetsdialog.records.retention;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** An administrator changed the retention period or decision of one kind of record. */
public record RetentionClassChanged(
    MunicipalityId municipalityId,
    String kind,
    @Nullable Integer oldMonths,
    String oldDecision,
    @Nullable Integer newMonths,
    String newDecision,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "records.retention-changed";
  }

  @Override
  public String auditSubject() {
    return kind;
  }
}
