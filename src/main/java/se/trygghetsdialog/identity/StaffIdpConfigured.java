package se.trygghetsdialog.identity;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * An administrator set the municipality's identity provider for staff sign-in. Carries no secret:
 * the audit log keeps the event's text.
 *
 * @param secretChanged whether a new client secret was given
 */
public record StaffIdpConfigured(
    MunicipalityId municipalityId,
    UUID actorAccountId,
    String issuerUri,
    String clientId,
    boolean secretChanged)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "identity.staffIdpConfigured";
  }

  @Override
  public String auditSubject() {
    return "staff-idp";
  }
}
