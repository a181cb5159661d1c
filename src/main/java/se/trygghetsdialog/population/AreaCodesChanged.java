package se.trygghetsdialog.population;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The official codes that match population statistics to areas were changed. */
public record AreaCodesChanged(
    MunicipalityId municipalityId,
    int areas,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "population.area-codes-changed";
  }

  @Override
  public String auditSubject() {
    return String.valueOf(areas);
  }
}
