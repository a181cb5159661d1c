package se.trygghetsdialog.field;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.Registrable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A rapportör filed a field report. Ids and counts only: no free text leaves the module this way.
 */
public record FieldReportFiled(
    MunicipalityId municipalityId,
    UUID reportId,
    UUID actorAccountId,
    ReporterKind reporterKind,
    int events,
    int peopleInvolved,
    OffsetDateTime filedAt)
    implements AuditableEvent, Registrable {

  @Override
  public String auditAction() {
    return "field.report-filed";
  }

  @Override
  public String auditSubject() {
    return reportId.toString();
  }

  @Override
  public RecordKind recordKind() {
    return RecordKind.FIELD_REPORT;
  }

  @Override
  public String recordId() {
    return reportId.toString();
  }

  @Override
  public String registrationTitle() {
    return "Fältrapport";
  }

  @Override
  public OffsetDateTime submittedAt() {
    return filedAt;
  }
}
