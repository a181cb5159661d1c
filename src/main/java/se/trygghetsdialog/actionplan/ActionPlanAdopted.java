package se.trygghetsdialog.actionplan;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** A new version of the åtgärdsplan was adopted. */
public record ActionPlanAdopted(
    MunicipalityId municipalityId,
    UUID planVersionId,
    int versionNumber,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "measure.action-plan-adopted";
  }

  @Override
  public String auditSubject() {
    return planVersionId.toString();
  }
}
