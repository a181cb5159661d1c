package se.trygghetsdialog.dialogue;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** A dialogue was created on the strength of a recorded political decision. */
public record DialogueCreated(
    MunicipalityId municipalityId,
    DialogueId dialogueId,
    String title,
    @Nullable UUID actorAccountId)
    implements DialogueEvent {

  @Override
  public String auditAction() {
    return "dialogue.created";
  }
}
