package se.trygghetsdialog.records.access;

import java.util.Locale;
import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A step in handling a request for public access. Carries ids only: never the requester, the
 * request's text or a document's text.
 *
 * @param document the document concerned as kind:id, or empty
 */
public record AccessRequestChanged(
    MunicipalityId municipalityId,
    UUID requestId,
    UUID actorAccountId,
    Change change,
    String document)
    implements AuditableEvent {

  public enum Change {
    REGISTERED,
    DOCUMENT_ADDED,
    DOCUMENT_REMOVED,
    REDACTED,
    REDACTION_REMOVED,
    DOCUMENT_VIEWED,
    COPY_PRODUCED,
    DECIDED,
    DECISION_PRODUCED
  }

  @Override
  public String auditAction() {
    return "records.access-" + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String auditSubject() {
    return requestId.toString();
  }
}
