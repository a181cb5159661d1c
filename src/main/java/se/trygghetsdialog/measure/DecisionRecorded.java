package se.trygghetsdialog.measure;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** A decision on a proposal was recorded; residents linked to its inputs are told. */
public record DecisionRecorded(
    MunicipalityId municipalityId,
    MeasureId measureId,
    String title,
    UUID decisionId,
    DecisionOutcome outcome,
    MeasureStatus statusAfter,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "measure.decision-recorded";
  }

  @Override
  public String auditSubject() {
    return measureId.toString();
  }
}
