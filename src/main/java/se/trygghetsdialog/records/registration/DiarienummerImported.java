package se.trygghetsdialog.records.registration;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** A staff member imported diarienummer from the municipality's diarium. */
public record DiarienummerImported(
    MunicipalityId municipalityId, UUID actorAccountId, String filename, int entries)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "records.diarienummer-imported";
  }

  @Override
  public String auditSubject() {
    return "registration";
  }
}
