package se.trygghetsdialog.place;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A place report was shared with another organisation, or the sharing was ended. The reason is kept
 * with the share, not in the audit log.
 */
public record PlaceReportShared(
    MunicipalityId municipalityId,
    PlaceReportId reportId,
    UUID organisationId,
    UUID actorAccountId,
    boolean shared)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return shared ? "place.report-shared" : "place.report-unshared";
  }

  @Override
  public String auditSubject() {
    return reportId.value().toString();
  }
}
