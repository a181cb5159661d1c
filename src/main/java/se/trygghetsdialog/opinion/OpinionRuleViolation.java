package se.trygghetsdialog.opinion;

/** An input broke a rule; {@code field} names the form field and {@code messageKey} the message. */
public class OpinionRuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String messageKey;
  private final transient Object[] args;

  public OpinionRuleViolation(String field, String messageKey, Object... args) {
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

  public Object[] args() {
    return args.clone();
  }
}
