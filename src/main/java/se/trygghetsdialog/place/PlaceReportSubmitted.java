package se.trygghetsdialog.place;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.Registrable;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NoPublicChange;

/**
 * A resident's place report came in (published again with the organisation when it is routed). Ids
 * and the category only: the description never leaves the module this way. Changes nothing public:
 * the report waits for moderation, whose decision evicts the public pages.
 *
 * @param categoryName the category in Swedish, the registration's title
 * @param organisationId the first organisation the report was routed to, null before routing
 */
public record PlaceReportSubmitted(
    MunicipalityId municipalityId,
    UUID reportId,
    String categoryName,
    @Nullable UUID organisationId,
    OffsetDateTime submittedAt)
    implements Registrable, NoPublicChange {

  @Override
  public RecordKind recordKind() {
    return RecordKind.PLACE_REPORT;
  }

  @Override
  public String recordId() {
    return reportId.toString();
  }

  @Override
  public String registrationTitle() {
    return "Platsrapport: " + categoryName;
  }

  @Override
  public @Nullable UUID owningOrganisationId() {
    return organisationId;
  }
}
