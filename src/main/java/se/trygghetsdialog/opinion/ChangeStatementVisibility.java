package se.trygghetsdialog.opinion;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * The team hides a statement (its votes stop counting) or shows it again. A resident's statement
 * still waiting for moderation, or rejected by it, cannot be shown this way: moderation decides.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeStatementVisibility {

  private final OpinionRepository repository;
  private final ApplicationEventPublisher events;

  @Transactional
  public void hide(MunicipalityId municipality, DialogueId dialogue, StatementId id) {
    change(municipality, dialogue, id, StatementVisibility.HIDDEN);
  }

  /**
   * @throws OpinionRuleViolation if the statement still waits for moderation
   */
  @Transactional
  public void show(MunicipalityId municipality, DialogueId dialogue, StatementId id) {
    change(municipality, dialogue, id, StatementVisibility.SHOWN);
  }

  private void change(
      MunicipalityId municipality,
      DialogueId dialogue,
      StatementId id,
      StatementVisibility visibility) {
    Statement statement =
        repository
            .statement(municipality, id)
            .filter(s -> s.dialogueId().equals(dialogue))
            .orElseThrow(() -> new NotFoundException("statement " + id));
    if (statement.visibility() == StatementVisibility.PENDING) {
      throw new OpinionRuleViolation("", "opinion.error.pending");
    }
    if (visibility == StatementVisibility.SHOWN && statement.unapproved()) {
      throw new OpinionRuleViolation("", "opinion.error.notApproved");
    }
    repository.updateVisibility(municipality, id, visibility, null);
    events.publishEvent(new OpinionChanged(municipality, dialogue));
  }
}
