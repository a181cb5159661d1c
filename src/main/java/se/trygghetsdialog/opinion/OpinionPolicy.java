package se.trygghetsdialog.opinion;

import se.trygghetsdialog.dialogue.Dialogue;

/** "May residents vote and write statements now?" — the only place these rules live. */
public final class OpinionPolicy {

  /** Longest statement, as in Polis. */
  public static final int MAX_STATEMENT_LENGTH = 140;

  /** Why voting is closed, for the page that explains it. */
  public enum Closed {
    INFORMATION_ONLY,
    STEP_NOT_OPEN
  }

  private OpinionPolicy() {}

  /** Voting is open in the steps the team chose, never in an information activity. */
  public static boolean votingOpen(Dialogue dialogue, Conversation conversation) {
    return closedBecause(dialogue, conversation) == null;
  }

  /** Why voting is closed now, or {@code null} if it is open. */
  public static @org.jspecify.annotations.Nullable Closed closedBecause(
      Dialogue dialogue, Conversation conversation) {
    if (dialogue.informationOnly()) {
      return Closed.INFORMATION_ONLY;
    }
    if (!conversation.openInSteps().contains(dialogue.step())) {
      return Closed.STEP_NOT_OPEN;
    }
    return null;
  }

  /**
   * @throws OpinionRuleViolation if voting is closed
   */
  public static void checkOpen(Dialogue dialogue, Conversation conversation) {
    if (!votingOpen(dialogue, conversation)) {
      throw new OpinionRuleViolation("", "opinion.error.closed");
    }
  }

  /**
   * A statement is 1–140 characters after trimming.
   *
   * @throws OpinionRuleViolation for the field {@code text}
   */
  public static String checkStatementText(String raw) {
    String text = raw.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      throw new OpinionRuleViolation("text", "opinion.error.text.required");
    }
    if (text.codePointCount(0, text.length()) > MAX_STATEMENT_LENGTH) {
      throw new OpinionRuleViolation("text", "opinion.error.text.tooLong", MAX_STATEMENT_LENGTH);
    }
    return text;
  }
}
