package se.trygghetsdialog.dialogue;

/** The status residents filter by, derived from the current step. */
public enum DialogueStatus {
  PREPARING,
  ONGOING,
  EVALUATING;

  static DialogueStatus of(DialogueStep step) {
    return switch (step) {
      case TOPIC, PREPARATION -> PREPARING;
      case CAPACITY -> EVALUATING;
      default -> ONGOING;
    };
  }
}
