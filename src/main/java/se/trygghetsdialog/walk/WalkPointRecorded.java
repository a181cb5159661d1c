package se.trygghetsdialog.walk;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.Registrable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A walker recorded a point on a trygghetsvandring; the owner is the organisation it was given to.
 * Ids only: no free text leaves the module this way.
 */
public record WalkPointRecorded(
    MunicipalityId municipalityId, UUID pointId, UUID ownerId, OffsetDateTime submittedAt)
    implements Registrable {

  @Override
  public RecordKind recordKind() {
    return RecordKind.WALK_POINT;
  }

  @Override
  public String recordId() {
    return pointId.toString();
  }

  @Override
  public String registrationTitle() {
    return "Punkt från trygghetsvandring";
  }

  @Override
  public @Nullable UUID owningOrganisationId() {
    return ownerId;
  }
}
