package se.trygghetsdialog.participation;

import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.StepPrerequisite;
import se.trygghetsdialog.shared.MunicipalityId;

/** A dialogue leaves step 2 (perspectives) only once the team has recorded the gap check. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GapCheckPrerequisite implements StepPrerequisite {

  private final GapChecks checks;

  @Override
  public Optional<String> missingBeforeLeaving(
      MunicipalityId municipality, DialogueId dialogue, DialogueStep step) {
    if (step != DialogueStep.PERSPECTIVES || checks.recorded(municipality, dialogue)) {
      return Optional.empty();
    }
    return Optional.of("participation.error.gapCheckMissing");
  }
}
