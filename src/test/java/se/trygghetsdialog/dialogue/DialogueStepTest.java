package se.trygghetsdialog.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DialogueStepTest {

  @Test
  void numbersTheStepsZeroToSevenInSkrOrder() {
    assertThat(Arrays.stream(DialogueStep.values()).map(DialogueStep::number))
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void marksStepsTwoThreeFourAndSixAsDirectlyInfluenced() {
    assertThat(Arrays.stream(DialogueStep.values()).filter(DialogueStep::directlyInfluenced))
        .containsExactly(
            DialogueStep.PERSPECTIVES,
            DialogueStep.DIALOGUE,
            DialogueStep.PROPOSALS,
            DialogueStep.IMPLEMENTATION);
  }

  @Nested
  class ForAnOpenQuestion {
    @Test
    void movesOneStepAtATime() {
      assertThat(DialogueStep.PREPARATION.next(false)).contains(DialogueStep.PERSPECTIVES);
      assertThat(DialogueStep.DECISION.next(false)).contains(DialogueStep.IMPLEMENTATION);
    }

    @Test
    void hasNoStepAfterTheLast() {
      assertThat(DialogueStep.CAPACITY.next(false)).isEmpty();
    }
  }

  @Nested
  class ForAnInformationActivity {
    @Test
    void neverOpensAParticipationStep() {
      assertThat(DialogueStep.PREPARATION.next(true)).contains(DialogueStep.DECISION);
      assertThat(DialogueStep.DECISION.next(true)).contains(DialogueStep.CAPACITY);
    }
  }
}
