package se.trygghetsdialog.dialogue;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanStepsTest {

  @Test
  void acceptsStepsInOrderWithGaps() {
    assertThatCode(
            () ->
                PlanSteps.checkOrder(
                    List.of(
                        new StepPlan(
                            DialogueStep.PREPARATION,
                            LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 2, 1)),
                        new StepPlan(DialogueStep.PERSPECTIVES, null, null),
                        new StepPlan(DialogueStep.DIALOGUE, LocalDate.of(2026, 3, 1), null))))
        .doesNotThrowAnyException();
  }

  @Test
  void rejectsAnEndBeforeItsStart() {
    assertThatThrownBy(
            () ->
                PlanSteps.checkOrder(
                    List.of(
                        new StepPlan(
                            DialogueStep.PREPARATION,
                            LocalDate.of(2026, 2, 1),
                            LocalDate.of(2026, 1, 1)))))
        .isInstanceOf(DialogueRuleViolation.class)
        .hasMessage("dialogue.error.plan.endBeforeStart");
  }

  @Test
  void rejectsAStepStartingBeforeThePreviousStep() {
    assertThatThrownBy(
            () ->
                PlanSteps.checkOrder(
                    List.of(
                        new StepPlan(DialogueStep.PREPARATION, LocalDate.of(2026, 2, 1), null),
                        new StepPlan(DialogueStep.PERSPECTIVES, LocalDate.of(2026, 1, 1), null))))
        .hasMessage("dialogue.error.plan.outOfOrder");
  }
}
