package se.trygghetsdialog.shared;

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

  /** Arguments of the message, e.g. the title of the thing concerned. */
  public Object[] args() {
    return args.clone();
  }
}
