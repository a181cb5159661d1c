package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The response to a response task was recorded. */
public record ResponseTaskAnswered(
    MunicipalityId municipalityId,
    UUID taskId,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "measure.response-task-answered";
  }

  @Override
  public String auditSubject() {
    return taskId.toString();
  }
}
