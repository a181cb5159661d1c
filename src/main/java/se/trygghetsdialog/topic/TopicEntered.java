package se.trygghetsdialog.topic;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** Staff entered a topic proposed by an elected official, an official or a resident. */
public record TopicEntered(MunicipalityId municipalityId, UUID topicId, UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "topic.entered";
  }

  @Override
  public String auditSubject() {
    return topicId.toString();
  }
}
