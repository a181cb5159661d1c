package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** Staff linked a measure to an input (problem, perspective, report) it answers. */
public record InputLinked(
    MunicipalityId municipalityId,
    MeasureId measureId,
    InputRef input,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "measure.input-linked";
  }

  @Override
  public String auditSubject() {
    return measureId.toString();
  }
}
