package se.trygghetsdialog.dialogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * SKR's steps for medborgardialog in complex questions (skr.se, "Medborgardialog i komplexa
 * frågor"), with step 0 for the topic and the political decision. Steps 2, 3, 4 and 6 are the ones
 * the dialogue directly influences.
 */
public enum DialogueStep {
  TOPIC(0, false),
  PREPARATION(1, false),
  PERSPECTIVES(2, true),
  DIALOGUE(3, true),
  PROPOSALS(4, true),
  DECISION(5, false),
  IMPLEMENTATION(6, true),
  CAPACITY(7, false);

  private final int number;
  private final boolean directlyInfluenced;

  DialogueStep(int number, boolean directlyInfluenced) {
    this.number = number;
    this.directlyInfluenced = directlyInfluenced;
  }

  public int number() {
    return number;
  }

  /** Whether residents' participation directly shapes this step (SKR marks 2, 3, 4 and 6). */
  public boolean directlyInfluenced() {
    return directlyInfluenced;
  }

  /**
   * The step after this one. An information activity (a question that cannot be influenced) never
   * opens a participation step, so it skips them.
   */
  public Optional<DialogueStep> next(boolean informationOnly) {
    return Arrays.stream(values())
        .filter(s -> s.number > number)
        .filter(s -> !informationOnly || !s.directlyInfluenced)
        .findFirst();
  }

  public boolean isAfter(DialogueStep other) {
    return number > other.number;
  }
}
