package se.trygghetsdialog.dialogue;

import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/** The dialogue team plans dates per step: the timeline residents see. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanSteps {

  private final DialogueRepository dialogues;

  /**
   * Replaces the plan. Each step must end on or after its start, and no step may start before the
   * previous planned step starts.
   *
   * @throws DialogueRuleViolation naming the first step whose dates are out of order
   */
  @Transactional
  public void plan(MunicipalityId municipality, DialogueId id, List<StepPlan> plan) {
    dialogues.find(municipality, id).orElseThrow(() -> new NotFoundException("dialogue"));
    checkOrder(plan);
    dialogues.replacePlan(municipality, id, plan);
  }

  static void checkOrder(List<StepPlan> plan) {
    LocalDate previousStart = null;
    for (StepPlan step : plan) {
      String field = "start_" + step.step().name();
      if (step.start() != null && step.end() != null && step.end().isBefore(step.start())) {
        throw new DialogueRuleViolation(
            "end_" + step.step().name(), "dialogue.error.plan.endBeforeStart");
      }
      if (step.start() != null) {
        if (previousStart != null && step.start().isBefore(previousStart)) {
          throw new DialogueRuleViolation(field, "dialogue.error.plan.outOfOrder");
        }
        previousStart = step.start();
      }
    }
  }
}
