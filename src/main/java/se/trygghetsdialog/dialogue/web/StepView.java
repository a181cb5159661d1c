package se.trygghetsdialog.dialogue.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.dialogue.DialogueStep;

/** A step in the step indicator, with its state relative to the current step. */
public record StepView(
    DialogueStep step, State state, @Nullable LocalDate start, @Nullable LocalDate end) {

  /** Where the step stands. */
  public enum State {
    DONE,
    CURRENT,
    UPCOMING,
    SKIPPED
  }

  public boolean current() {
    return state == State.CURRENT;
  }
}
