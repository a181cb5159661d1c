package se.trygghetsdialog.measure;

/** A request the measure rules refuse; carries the form field and message key. */
public class MeasureRuleViolation extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final Object[] args;

  public MeasureRuleViolation(String field, String messageKey, Object... args) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  /** Arguments of the message, e.g. the title of the measure concerned. */
  public Object[] args() {
    return args.clone();
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
