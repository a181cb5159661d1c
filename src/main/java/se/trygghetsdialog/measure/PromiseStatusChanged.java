package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The status of a medborgarlöfte changed. */
public record PromiseStatusChanged(
    MunicipalityId municipalityId,
    UUID promiseId,
    PromiseStatus status,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "measure.promise-status-changed";
  }

  @Override
  public String auditSubject() {
    return promiseId.toString();
  }
}
