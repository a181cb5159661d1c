package se.trygghetsdialog.records.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Offers the documents of one {@link RecordKind} to a request for public access: a search by date
 * and text, and one document's text and metadata. The module that owns the kind implements it; the
 * records module owns the interface, so that it needs no dependency on those modules.
 */
public interface DocumentSource {

  /** The kind of document this source offers. */
  RecordKind kind();

  /**
   * Documents received between {@code from} and {@code to} whose text contains {@code text} (any
   * text when blank, case ignored), newest first, at most {@code limit}.
   */
  List<DocumentSummary> search(
      MunicipalityId municipality, OffsetDateTime from, OffsetDateTime to, String text, int limit);

  /** One document by its id in the owning module; empty when there is none (or the id is bad). */
  Optional<AccessDocument> document(MunicipalityId municipality, String id);
}
