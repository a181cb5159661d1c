package se.trygghetsdialog.dialogue;

import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/** The charter of a dialogue was saved. */
public record CharterFilled(
    MunicipalityId municipalityId, DialogueId dialogueId, UUID actorAccountId)
    implements DialogueEvent {

  @Override
  public String auditAction() {
    return "dialogue.charter-filled";
  }
}
