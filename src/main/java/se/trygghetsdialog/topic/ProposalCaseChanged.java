package se.trygghetsdialog.topic;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A medborgarförslag's case file reached a step: registered, referred, answered or decided. The
 * proposer who asked to be told gets a mail.
 *
 * @param title the topic's public title
 * @param actorAccountId the staff member; null when the answer came without one
 */
public record ProposalCaseChanged(
    MunicipalityId municipalityId,
    UUID topicId,
    String title,
    ProposalStep step,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return step.auditAction();
  }

  @Override
  public String auditSubject() {
    return topicId.toString();
  }
}
