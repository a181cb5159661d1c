package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** A measure moved to another status; residents linked to its inputs are told. */
public record MeasureStatusChanged(
    MunicipalityId municipalityId,
    MeasureId measureId,
    String title,
    MeasureStatus from,
    MeasureStatus to,
    String note,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "measure.status-changed";
  }

  @Override
  public String auditSubject() {
    return measureId.toString();
  }
}
