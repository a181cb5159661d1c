package se.trygghetsdialog.opinion;

import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.shared.MunicipalityId;

/** The team chooses the dialogue steps in which residents may vote and write statements. */
@Service
public class ChooseVotingSteps {

  private final OpinionRepository repository;

  ChooseVotingSteps(OpinionRepository repository) {
    this.repository = repository;
  }

  @Transactional
  public void choose(MunicipalityId municipality, DialogueId dialogue, Set<DialogueStep> steps) {
    repository.ensureConversation(municipality, dialogue);
    repository.updateOpenSteps(municipality, dialogue, steps);
  }
}
