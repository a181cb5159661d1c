package se.trygghetsdialog.lagesbild;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** Crime statistics for the lägesbild were imported from a CSV file. */
public record CrimeStatisticsImported(
    MunicipalityId municipalityId,
    String fileName,
    int rows,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "measure.crime-statistics-imported";
  }

  @Override
  public String auditSubject() {
    return fileName + " (" + rows + ")";
  }
}
