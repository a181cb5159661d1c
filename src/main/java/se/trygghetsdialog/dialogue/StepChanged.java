package se.trygghetsdialog.dialogue;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A dialogue moved to another step and published feedback (återkoppling) about it. Followers are
 * mailed the feedback; the public page shows it.
 *
 * @param title the dialogue's title at the time, for messages
 * @param feedback the published feedback text (Swedish, as written by the team)
 */
public record StepChanged(
    MunicipalityId municipalityId,
    DialogueId dialogueId,
    String title,
    DialogueStep from,
    DialogueStep to,
    String feedback,
    OffsetDateTime changedAt,
    @Nullable UUID actorAccountId)
    implements DialogueEvent {

  @Override
  public String auditAction() {
    return "dialogue.step-changed";
  }
}
