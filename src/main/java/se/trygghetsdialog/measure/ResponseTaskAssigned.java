package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** Results were passed to a nämnd or organisation, which must respond by a deadline. */
public record ResponseTaskAssigned(
    MunicipalityId municipalityId,
    UUID taskId,
    String recipient,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "measure.response-task-assigned";
  }

  @Override
  public String auditSubject() {
    return taskId.toString();
  }
}
