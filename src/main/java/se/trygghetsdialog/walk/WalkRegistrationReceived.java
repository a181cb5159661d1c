package se.trygghetsdialog.walk;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.Registrable;
import se.trygghetsdialog.shared.MunicipalityId;

/** Someone signed up for a trygghetsvandring. Ids only: no free text leaves the module this way. */
public record WalkRegistrationReceived(
    MunicipalityId municipalityId, UUID registrationId, OffsetDateTime submittedAt)
    implements Registrable {

  @Override
  public RecordKind recordKind() {
    return RecordKind.WALK_REGISTRATION;
  }

  @Override
  public String recordId() {
    return registrationId.toString();
  }

  @Override
  public String registrationTitle() {
    return "Anmälan till trygghetsvandring";
  }
}
