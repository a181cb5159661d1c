package se.trygghetsdialog.records.access;

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
    return switch (change) {
      case REGISTERED -> "records.access-registered";
      case DOCUMENT_ADDED -> "records.access-document-added";
      case DOCUMENT_REMOVED -> "records.access-document-removed";
      case REDACTED -> "records.access-redacted";
      case REDACTION_REMOVED -> "records.access-redaction-removed";
      case DOCUMENT_VIEWED -> "records.access-document-viewed";
      case COPY_PRODUCED -> "records.access-copy-produced";
      case DECIDED -> "records.access-decided";
      case DECISION_PRODUCED -> "records.access-decision-produced";
    };
  }

  @Override
  public String auditSubject() {
    return requestId.toString();
  }
}
