package se.trygghetsdialog.evaluation;

/**
 * The limits of evaluations and lessons. Who may evaluate a dialogue is the dialogue's rule (its
 * team, through {@code Dialogues.ofTeam}).
 */
public final class EvaluationPolicy {

  private EvaluationPolicy() {}

  public static final int MAX_TEXT = 4000;
  public static final int MAX_LESSON = 1000;
  public static final int MAX_TAGS = 10;
  public static final int MAX_TAG = 40;

  /** How many lessons the preparation page of another dialogue shows at most. */
  public static final int HINTS = 10;
}
