package se.trygghetsdialog.dialogue;

import java.util.Optional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A condition another module sets on leaving a step (for example: the gap check, har vi missat
 * någon, is recorded before the dialogue leaves step 2). {@link ChangeStep} asks every bean
 * implementing it before it moves a dialogue on.
 */
public interface StepPrerequisite {

  /**
   * Why the dialogue may not leave {@code step} yet, as a message key whose message names what is
   * missing; empty when nothing here holds it back.
   */
  Optional<String> missingBeforeLeaving(
      MunicipalityId municipality, DialogueId dialogue, DialogueStep step);
}
