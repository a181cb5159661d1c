package se.trygghetsdialog.population;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** Population statistics were imported from a file. */
public record PopulationImported(
    MunicipalityId municipalityId,
    String fileName,
    int figures,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "population.imported";
  }

  @Override
  public String auditSubject() {
    return fileName + " (" + figures + ")";
  }
}
