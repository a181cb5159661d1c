package se.trygghetsdialog.topic;

import java.util.UUID;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A political decision turned a topic into a dialogue. The residents who proposed it and confirmed
 * their address ({@link TopicProposers#confirmed}) now follow the dialogue.
 */
public record TopicTurnedIntoDialogue(
    MunicipalityId municipalityId, UUID topicId, DialogueId dialogueId, UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "topic.turned-into-dialogue";
  }

  @Override
  public String auditSubject() {
    return topicId.toString();
  }
}
