package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** A medborgarlöfte was recorded. */
public record PromiseRecorded(
    MunicipalityId municipalityId,
    UUID promiseId,
    String focusArea,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "measure.promise-recorded";
  }

  @Override
  public String auditSubject() {
    return promiseId.toString();
  }
}
