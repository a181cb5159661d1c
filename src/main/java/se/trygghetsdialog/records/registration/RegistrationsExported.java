package se.trygghetsdialog.records.registration;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Registration entries left the system: as CSV or JSON for a staff member, or through the read API
 * (no actor; the cursor it started from).
 */
public record RegistrationsExported(
    MunicipalityId municipalityId,
    @Nullable UUID actorAccountId,
    String format,
    int entries,
    @Nullable Long cursor)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "records.registrations-exported";
  }

  @Override
  public String auditSubject() {
    return "registration";
  }
}
