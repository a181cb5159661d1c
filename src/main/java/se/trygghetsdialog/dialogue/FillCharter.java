package se.trygghetsdialog.dialogue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.tenancy.ParticipationLadder;

/** The dialogue team fills in (and later revises) the charter of step 1. */
@Service
public class FillCharter {

  private final DialogueRepository dialogues;
  private final ParticipationLadder ladder;
  private final ApplicationEventPublisher events;

  FillCharter(
      DialogueRepository dialogues, ParticipationLadder ladder, ApplicationEventPublisher events) {
    this.dialogues = dialogues;
    this.ladder = ladder;
    this.events = events;
  }

  /**
   * @param version the dialogue version the form was based on
   * @throws DialogueRuleViolation on an unknown level, a level above the lowest for an information
   *     activity, or when someone else changed the dialogue
   */
  @Transactional
  public void fill(
      MunicipalityId municipality,
      DialogueId id,
      int version,
      Charter charter,
      StaffPrincipal actor) {
    Dialogue dialogue =
        dialogues.find(municipality, id).orElseThrow(() -> new NotFoundException("dialogue"));
    if (charter.participationLevelId() != null
        && ladder.find(municipality, charter.participationLevelId()).isEmpty()) {
      throw new DialogueRuleViolation("participationLevelId", "dialogue.error.level.invalid");
    }
    // An information activity cannot promise more than information: the lowest level.
    if (charter.informationOnly()
        && charter.participationLevelId() != null
        && !ladder.levels(municipality).isEmpty()
        && !ladder.levels(municipality).get(0).id().equals(charter.participationLevelId())) {
      throw new DialogueRuleViolation(
          "participationLevelId", "dialogue.error.level.informationOnly");
    }
    if (dialogue.step().isAfter(DialogueStep.PREPARATION)
        && dialogue.charter().informationOnly() != charter.informationOnly()) {
      throw new DialogueRuleViolation("canBeInfluenced", "dialogue.error.influence.locked");
    }
    if (!dialogues.updateCharter(municipality, id, version, charter)) {
      throw new DialogueRuleViolation("", "dialogue.error.stale");
    }
    events.publishEvent(new CharterFilled(municipality, id, actor.accountId()));
  }
}
