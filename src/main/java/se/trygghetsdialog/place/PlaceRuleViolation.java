package se.trygghetsdialog.place;

/** Input the place rules refuse; carries the form field and a message key. */
public class PlaceRuleViolation extends RuntimeException {

  private final String field;
  private final String messageKey;

  public PlaceRuleViolation(String field, String messageKey) {
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
