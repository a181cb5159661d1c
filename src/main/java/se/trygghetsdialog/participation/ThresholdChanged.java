package se.trygghetsdialog.participation;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The small-cell threshold of participation tables was changed. */
public record ThresholdChanged(
    MunicipalityId municipalityId,
    int threshold,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "participation.threshold-changed";
  }

  @Override
  public String auditSubject() {
    return String.valueOf(threshold);
  }
}
