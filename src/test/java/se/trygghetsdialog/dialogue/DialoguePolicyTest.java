package se.trygghetsdialog.dialogue;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DialoguePolicyTest {

  @Nested
  class LeavingPreparation {

    @Test
    void allowsTheNextStepWithCompleteCharterTeamAndFeedback() {
      Dialogue dialogue =
          DialogueMother.inStep(DialogueStep.PREPARATION, DialogueMother.completeCharter(true));
      assertThatCode(
              () ->
                  DialoguePolicy.checkStepChange(
                      dialogue,
                      DialogueStep.PERSPECTIVES,
                      "Nu börjar vi",
                      DialogueMother.teamWithLeader()))
          .doesNotThrowAnyException();
    }

    @Test
    void rejectsStepChangeWithoutFeedback() {
      Dialogue dialogue =
          DialogueMother.inStep(DialogueStep.PREPARATION, DialogueMother.completeCharter(true));
      assertThatThrownBy(
              () ->
                  DialoguePolicy.checkStepChange(
                      dialogue, DialogueStep.PERSPECTIVES, "  ", DialogueMother.teamWithLeader()))
          .isInstanceOf(DialogueRuleViolation.class)
          .hasMessage("dialogue.error.feedback.required");
    }

    @Test
    void rejectsLeavingWithAnIncompleteCharter() {
      Dialogue dialogue = DialogueMother.inStep(DialogueStep.PREPARATION, Charter.empty());
      assertThatThrownBy(
              () ->
                  DialoguePolicy.checkStepChange(
                      dialogue, DialogueStep.PERSPECTIVES, "text", DialogueMother.teamWithLeader()))
          .hasMessage("dialogue.error.step.charterIncomplete");
    }

    @Test
    void rejectsLeavingStepOneBeforeTimeResourcesAndInvolvementAreSettled() {
      Charter full = DialogueMother.completeCharter(true);
      for (Charter missing :
          List.of(
              withPreparation(full, "", 0L, 100, full.periodStart(), full.periodEnd(), "x", "y"),
              withPreparation(full, "x", null, 100, full.periodStart(), full.periodEnd(), "x", "y"),
              withPreparation(full, "x", 0L, null, full.periodStart(), full.periodEnd(), "x", "y"),
              withPreparation(full, "x", 0L, 100, null, full.periodEnd(), "x", "y"),
              withPreparation(full, "x", 0L, 100, full.periodStart(), full.periodEnd(), "", "y"),
              withPreparation(full, "x", 0L, 100, full.periodStart(), full.periodEnd(), "x", ""))) {
        Dialogue dialogue = DialogueMother.inStep(DialogueStep.PREPARATION, missing);
        assertThatThrownBy(
                () ->
                    DialoguePolicy.checkStepChange(
                        dialogue,
                        DialogueStep.PERSPECTIVES,
                        "text",
                        DialogueMother.teamWithLeader()))
            .hasMessage("dialogue.error.step.charterIncomplete");
      }
    }

    @Test
    void rejectsLeavingWithoutAProcessLeader() {
      Dialogue dialogue =
          DialogueMother.inStep(DialogueStep.PREPARATION, DialogueMother.completeCharter(true));
      assertThatThrownBy(
              () ->
                  DialoguePolicy.checkStepChange(
                      dialogue, DialogueStep.PERSPECTIVES, "text", List.of()))
          .hasMessage("dialogue.error.step.noTeam");
    }
  }

  @Nested
  class Transitions {

    @Test
    void rejectsSkippingAStep() {
      Dialogue dialogue =
          DialogueMother.inStep(DialogueStep.PERSPECTIVES, DialogueMother.completeCharter(true));
      assertThatThrownBy(
              () ->
                  DialoguePolicy.checkStepChange(
                      dialogue, DialogueStep.PROPOSALS, "text", DialogueMother.teamWithLeader()))
          .hasMessage("dialogue.error.step.notNext");
    }

    @Test
    void rejectsGoingBack() {
      Dialogue dialogue =
          DialogueMother.inStep(DialogueStep.DIALOGUE, DialogueMother.completeCharter(true));
      assertThatThrownBy(
              () ->
                  DialoguePolicy.checkStepChange(
                      dialogue, DialogueStep.PERSPECTIVES, "text", DialogueMother.teamWithLeader()))
          .hasMessage("dialogue.error.step.notNext");
    }

    @Test
    void rejectsOpeningAParticipationStepForAnInformationActivity() {
      Dialogue dialogue =
          DialogueMother.inStep(DialogueStep.PREPARATION, DialogueMother.completeCharter(false));
      assertThatThrownBy(
              () ->
                  DialoguePolicy.checkStepChange(
                      dialogue, DialogueStep.PERSPECTIVES, "text", DialogueMother.teamWithLeader()))
          .hasMessage("dialogue.error.step.notNext");
      assertThatCode(
              () ->
                  DialoguePolicy.checkStepChange(
                      dialogue, DialogueStep.DECISION, "text", DialogueMother.teamWithLeader()))
          .doesNotThrowAnyException();
    }
  }

  /** The charter with the preparation checklist's parts replaced. */
  private static Charter withPreparation(
      Charter c,
      String context,
      @Nullable Long budgetSek,
      @Nullable Integer staffHours,
      @Nullable LocalDate periodStart,
      @Nullable LocalDate periodEnd,
      String organisationParticipants,
      String residentInvolvement) {
    return new Charter(
        c.purposeInfluence(),
        c.purposeBasis(),
        c.localGoals(),
        c.canBeInfluenced(),
        c.influenceNote(),
        c.participationLevelId(),
        c.conflictLevel(),
        c.conflictAnalysis(),
        c.targetGroups(),
        c.rarelyHeardGroups(),
        c.documentationPlan(),
        c.contactEmail(),
        context,
        budgetSek,
        staffHours,
        periodStart,
        periodEnd,
        organisationParticipants,
        residentInvolvement);
  }
}
