package se.trygghetsdialog.field;

/** Input that breaks a rule of the field module; {@code field} names the form field. */
public class FieldRuleViolation extends RuntimeException {

  private final String field;
  private final String messageKey;

  public FieldRuleViolation(String field, String messageKey) {
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
