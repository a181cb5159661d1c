package se.trygghetsdialog.moderation;

/** A moderation decision the rules refuse; carries the form field and a message key. */
public class ModerationRuleViolation extends RuntimeException {

  private final String field;
  private final String messageKey;

  public ModerationRuleViolation(String field, String messageKey) {
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
