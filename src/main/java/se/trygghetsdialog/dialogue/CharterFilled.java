package se.trygghetsdialog.dialogue;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The charter of a dialogue was saved. */
public record CharterFilled(
    MunicipalityId municipalityId, DialogueId dialogueId, UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "dialogue.charter-filled";
  }

  @Override
  public String auditSubject() {
    return dialogueId.toString();
  }
}
