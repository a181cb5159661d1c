package se.trygghetsdialog.walk;

/** A walk rule was broken; {@code field} names the form field, {@code messageKey} the text. */
public class WalkRuleViolation extends RuntimeException {

  private final String field;
  private final String messageKey;

  public WalkRuleViolation(String field, String messageKey) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
