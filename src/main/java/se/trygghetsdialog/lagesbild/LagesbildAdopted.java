package se.trygghetsdialog.lagesbild;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** A new version of the lägesbild was adopted. */
public record LagesbildAdopted(
    MunicipalityId municipalityId,
    UUID versionId,
    int versionNumber,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "measure.lagesbild-adopted";
  }

  @Override
  public String auditSubject() {
    return versionId.toString();
  }
}
