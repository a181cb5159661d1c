package se.trygghetsdialog.identity;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A request reached the host name of one municipality with the session of a staff member of another
 * and was refused. Logged in both municipalities: {@code municipalityId} is the one whose audit log
 * records it.
 *
 * @param actorAccountId the account the session belongs to
 * @param sessionMunicipality the municipality the staff member signed in to
 * @param requestMunicipality the municipality the request's host name resolves to
 * @param method the HTTP method of the refused request
 * @param path the path of the refused request, without its query
 */
public record ForeignSessionRefused(
    MunicipalityId municipalityId,
    UUID actorAccountId,
    MunicipalityId sessionMunicipality,
    MunicipalityId requestMunicipality,
    String method,
    String path)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "identity.foreignSessionRefused";
  }

  @Override
  public String auditSubject() {
    return actorAccountId.toString();
  }
}
