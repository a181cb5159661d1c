package se.trygghetsdialog.field;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** An approver published a weekly report. */
public record WeeklyReportPublished(
    MunicipalityId municipalityId,
    UUID reportId,
    WeekNumber week,
    OffsetDateTime publishedAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "field.weeklyReport.published";
  }

  @Override
  public String auditSubject() {
    return reportId.toString();
  }
}
