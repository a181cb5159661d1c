package se.trygghetsdialog.opinion;

import java.util.Set;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The opinion-mapping settings of one dialogue.
 *
 * @param openInSteps the dialogue steps in which residents may vote and write statements
 */
public record Conversation(
    MunicipalityId municipalityId, DialogueId dialogueId, Set<DialogueStep> openInSteps) {

  /** Step 2 (perspectives) by default. */
  public static final Set<DialogueStep> DEFAULT_STEPS = Set.of(DialogueStep.PERSPECTIVES);

  public static Conversation defaults(MunicipalityId municipality, DialogueId dialogue) {
    return new Conversation(municipality, dialogue, DEFAULT_STEPS);
  }
}
