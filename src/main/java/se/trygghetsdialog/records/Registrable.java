package se.trygghetsdialog.records;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * An event announcing an inbound submission (an allmän handling) that the records module registers:
 * a module's own past-tense event implements this, and records writes one registration entry per
 * kind and id once the publishing transaction has committed. Publishing it again, for example when
 * the submission has been routed to an organisation, never adds a second entry; it only fills in
 * the owning organisation if the entry has none yet.
 */
public interface Registrable {

  MunicipalityId municipalityId();

  /** What kind of document this is. */
  RecordKind recordKind();

  /** The id of the submission in its own module. */
  String recordId();

  /**
   * A short title that carries no personal data, such as the category of a place report; never the
   * free text a resident wrote.
   */
  String registrationTitle();

  /** When the submission came in. */
  OffsetDateTime submittedAt();

  /** The organisation that owns the submission once it has been routed, else null. */
  default @Nullable UUID owningOrganisationId() {
    return null;
  }
}
