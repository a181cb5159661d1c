package se.trygghetsdialog.records.access;

import java.time.OffsetDateTime;
import java.util.List;
import se.trygghetsdialog.records.RecordKind;

/**
 * A document a request covers, with its text and metadata as they were when it was attached (what
 * the secrecy review marks).
 */
public record CoveredDocument(
    RecordKind kind,
    String documentId,
    OffsetDateTime receivedAt,
    String text,
    List<AccessDocument.Field> fields) {

  /** The document as kind:id, as the audit log and the forms name it. */
  public String reference() {
    return kind.name() + ":" + documentId;
  }

  /** A short id for headings: the first eight characters. */
  public String shortId() {
    return documentId.length() <= 8 ? documentId : documentId.substring(0, 8);
  }
}
