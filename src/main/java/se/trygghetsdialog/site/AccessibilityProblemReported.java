package se.trygghetsdialog.site;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.Registrable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Someone reported a problem with the accessibility of the service. Ids only: no free text leaves
 * the module this way.
 */
public record AccessibilityProblemReported(
    MunicipalityId municipalityId, UUID reportId, OffsetDateTime submittedAt)
    implements Registrable {

  @Override
  public RecordKind recordKind() {
    return RecordKind.ACCESSIBILITY_REPORT;
  }

  @Override
  public String recordId() {
    return reportId.toString();
  }

  @Override
  public String registrationTitle() {
    return "Anmälan om tillgänglighetsbrist";
  }
}
