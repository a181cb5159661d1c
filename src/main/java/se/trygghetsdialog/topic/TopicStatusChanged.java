package se.trygghetsdialog.topic;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Staff changed a topic's status, with a public reason.
 *
 * @param title the topic's public title
 */
public record TopicStatusChanged(
    MunicipalityId municipalityId,
    UUID topicId,
    String title,
    TopicStatus from,
    TopicStatus to,
    String reason,
    OffsetDateTime changedAt,
    UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "topic.status-changed";
  }

  @Override
  public String auditSubject() {
    return topicId.toString();
  }
}
