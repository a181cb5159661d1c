package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** Staff entered a proposal, commitment or measure in the register. */
public record MeasureProposed(
    MunicipalityId municipalityId,
    MeasureId measureId,
    String title,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "measure.proposed";
  }

  @Override
  public String auditSubject() {
    return measureId.toString();
  }
}
