package se.trygghetsdialog.evaluation;

import java.util.Locale;
import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The dialogue team saved its evaluation or added a lesson; {@code subject} is what changed. */
public record EvaluationChanged(
    MunicipalityId municipalityId, UUID subject, UUID actorAccountId, Change change)
    implements AuditableEvent {

  public enum Change {
    ASSESSED,
    LESSON_RECORDED
  }

  @Override
  public String auditAction() {
    return "evaluation." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String auditSubject() {
    return subject.toString();
  }
}
