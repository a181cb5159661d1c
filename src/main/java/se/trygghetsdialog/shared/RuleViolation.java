package se.trygghetsdialog.shared;

import java.util.List;

/**
 * A request a module's rules refuse: the form field it concerns and the message key (with optional
 * message arguments) to show there. Each module keeps its own subclass ({@code PlaceRuleViolation},
 * {@code WalkRuleViolation}, …) so callers can tell whose rule it was.
 */
public abstract class RuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String messageKey;
  private final transient Object[] args;

  protected RuleViolation(String field, String messageKey, Object... args) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  /**
   * Every refusal this one stands for, this one first: a module's rule may refuse several fields of
   * a form at once (each shown on its field).
   */
  public List<? extends RuleViolation> all() {
    return List.of(this);
  }

  /** Arguments of the message, e.g. the title of the thing concerned. */
  public Object[] args() {
    return args.clone();
  }
}
