package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** Staff published the reason an input was not used. */
public record InputNotUsedRecorded(
    MunicipalityId municipalityId,
    InputRef input,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "measure.input-not-used";
  }

  @Override
  public String auditSubject() {
    return input.type() + ":" + input.id();
  }
}
