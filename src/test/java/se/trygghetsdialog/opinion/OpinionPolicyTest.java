package se.trygghetsdialog.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.dialogue.Charter;
import se.trygghetsdialog.dialogue.Decision;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.shared.MunicipalityId;

class OpinionPolicyTest {

  static final MunicipalityId M = new MunicipalityId(UUID.randomUUID());

  static Dialogue dialogue(DialogueStep step, boolean informationOnly) {
    Charter charter =
        new Charter(
            "",
            "",
            "",
            informationOnly ? Boolean.FALSE : Boolean.TRUE,
            "",
            null,
            null,
            "",
            "",
            "",
            "",
            "",
            "",
            null,
            null,
            null,
            null,
            "",
            "");
    return new Dialogue(
        new DialogueId(UUID.randomUUID()),
        M,
        "Trygghet",
        "",
        null,
        TopicOrigin.OFFICIAL,
        "",
        new Decision(UUID.randomUUID(), java.time.LocalDate.now(), "", ""),
        charter,
        step,
        1,
        OffsetDateTime.now());
  }

  static Conversation openIn(Dialogue d, DialogueStep... steps) {
    return new Conversation(M, d.id(), Set.of(steps));
  }

  @Nested
  class Voting {

    @Test
    void isOpenInStepTwoByDefault() {
      Dialogue d = dialogue(DialogueStep.PERSPECTIVES, false);
      assertThat(OpinionPolicy.votingOpen(d, Conversation.defaults(M, d.id()))).isTrue();
    }

    @Test
    void isClosedInAStepTheTeamDidNotOpen() {
      Dialogue d = dialogue(DialogueStep.DIALOGUE, false);
      assertThat(OpinionPolicy.closedBecause(d, Conversation.defaults(M, d.id())))
          .isEqualTo(OpinionPolicy.Closed.STEP_NOT_OPEN);
    }

    @Test
    void isOpenInEveryStepTheTeamChose() {
      Dialogue d = dialogue(DialogueStep.PROPOSALS, false);
      assertThat(
              OpinionPolicy.votingOpen(
                  d, openIn(d, DialogueStep.PERSPECTIVES, DialogueStep.PROPOSALS)))
          .isTrue();
    }

    @Test
    void isNeverOpenInAnInformationActivity() {
      Dialogue d = dialogue(DialogueStep.PERSPECTIVES, true);
      assertThat(OpinionPolicy.closedBecause(d, Conversation.defaults(M, d.id())))
          .isEqualTo(OpinionPolicy.Closed.INFORMATION_ONLY);
      assertThatThrownBy(() -> OpinionPolicy.checkOpen(d, Conversation.defaults(M, d.id())))
          .isInstanceOf(OpinionRuleViolation.class)
          .hasMessage("opinion.error.closed");
    }
  }

  @Nested
  class StatementText {

    @Test
    void trimsAndCollapsesWhitespace() {
      assertThat(OpinionPolicy.checkStatementText("  Mer   ljus\nvid torget  "))
          .isEqualTo("Mer ljus vid torget");
    }

    @Test
    void rejectsAnEmptyStatement() {
      assertThatThrownBy(() -> OpinionPolicy.checkStatementText("   "))
          .isInstanceOfSatisfying(
              OpinionRuleViolation.class,
              e -> assertThat(e.messageKey()).isEqualTo("opinion.error.text.required"));
    }

    @Test
    void acceptsExactly140CharactersAndRejects141() {
      assertThat(OpinionPolicy.checkStatementText("å".repeat(140))).hasSize(140);
      assertThatThrownBy(() -> OpinionPolicy.checkStatementText("å".repeat(141)))
          .isInstanceOfSatisfying(
              OpinionRuleViolation.class,
              e -> assertThat(e.messageKey()).isEqualTo("opinion.error.text.tooLong"));
    }
  }
}
