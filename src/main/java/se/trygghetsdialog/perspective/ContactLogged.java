package se.trygghetsdialog.perspective;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.Registrable;
import se.trygghetsdialog.shared.MunicipalityId;

/** Staff logged a contact with residents. Ids only: no free text leaves the module this way. */
public record ContactLogged(
    MunicipalityId municipalityId, UUID contactId, OffsetDateTime submittedAt)
    implements Registrable {

  @Override
  public RecordKind recordKind() {
    return RecordKind.CONTACT;
  }

  @Override
  public String recordId() {
    return contactId.toString();
  }

  @Override
  public String registrationTitle() {
    return "Kontakt med invånare loggad av personal";
  }
}
