package se.trygghetsdialog.opinion;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.shared.MunicipalityId;

/** The team chooses the dialogue steps in which residents may vote and write statements. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChooseVotingSteps {

  /**
   * The steps the team ticked, bound by Spring MVC.
   *
   * @param steps null when none is ticked: voting is then closed in every step
   */
  public record Command(@Nullable List<DialogueStep> steps) {}

  private final OpinionRepository repository;

  @Transactional
  public void choose(MunicipalityId municipality, DialogueId dialogue, Command command) {
    Set<DialogueStep> steps = EnumSet.noneOf(DialogueStep.class);
    if (command.steps() != null) {
      command.steps().stream().filter(Objects::nonNull).forEach(steps::add);
    }
    choose(municipality, dialogue, steps);
  }

  @Transactional
  public void choose(MunicipalityId municipality, DialogueId dialogue, Set<DialogueStep> steps) {
    repository.ensureConversation(municipality, dialogue);
    repository.updateOpenSteps(municipality, dialogue, steps);
  }
}
