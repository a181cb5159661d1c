package se.trygghetsdialog.dialogue;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.StaleForm;

/**
 * The process leader moves the dialogue to its next step and publishes feedback (återkoppling): the
 * feedback is shown with its date on the public page and mailed to confirmed followers.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeStep {

  /** The longest feedback text accepted. */
  public static final int MAX_FEEDBACK = 5000;

  /**
   * What the process leader sends to take the next step, bound and validated by Spring MVC.
   *
   * @param version the dialogue version the form was based on; missing is stale
   */
  public record Command(
      @Nullable Integer version,
      @NotNull(message = "{dialogue.error.step.notNext}") DialogueStep target,
      @Nullable String feedback) {}

  private final DialogueRepository dialogues;
  private final DialogueTeam team;
  private final ApplicationEventPublisher events;
  private final List<StepPrerequisite> prerequisites;

  /**
   * @throws DialogueRuleViolation if the step may not be taken now
   * @throws StaleForm if the dialogue changed since the form was shown
   */
  @Transactional
  public StepChanged change(
      MunicipalityId municipality, DialogueId id, Command command, @Nullable StaffPrincipal actor) {
    int version = command.version() == null ? -1 : command.version();
    String feedback = command.feedback() == null ? "" : command.feedback();
    return change(municipality, id, version, command.target(), feedback, actor);
  }

  /**
   * @param version the dialogue version the form was based on; a repeated or stale submit fails
   * @throws DialogueRuleViolation if the step may not be taken now
   * @throws StaleForm if the dialogue changed since the form was shown
   */
  @Transactional
  public StepChanged change(
      MunicipalityId municipality,
      DialogueId id,
      int version,
      DialogueStep target,
      String feedback,
      @Nullable StaffPrincipal actor) {
    Dialogue dialogue =
        dialogues.find(municipality, id).orElseThrow(() -> new NotFoundException("dialogue"));
    if (dialogue.version() != version) {
      throw new StaleForm("", "dialogue.error.stale");
    }
    String text = feedback.strip();
    if (text.length() > MAX_FEEDBACK) {
      throw new DialogueRuleViolation("feedback", "dialogue.error.feedback.tooLong");
    }
    DialoguePolicy.checkStepChange(dialogue, target, text, team.of(municipality, id));
    for (StepPrerequisite prerequisite : prerequisites) {
      var missing = prerequisite.missingBeforeLeaving(municipality, id, dialogue.step());
      if (missing.isPresent()) {
        throw new DialogueRuleViolation("target", missing.get());
      }
    }
    if (!dialogues.updateStep(municipality, id, version, target)) {
      throw new StaleForm("", "dialogue.error.stale");
    }
    OffsetDateTime now = OffsetDateTime.now();
    var actorId = actor == null ? null : actor.accountId();
    dialogues.insertStepChange(municipality, id, dialogue.step(), target, text, now, actorId);
    StepChanged event =
        new StepChanged(
            municipality, id, dialogue.title(), dialogue.step(), target, text, now, actorId);
    events.publishEvent(event);
    return event;
  }
}
