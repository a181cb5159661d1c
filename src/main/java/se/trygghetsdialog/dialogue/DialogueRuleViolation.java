package se.trygghetsdialog.dialogue;

/**
 * A request that the dialogue's rules refuse (e.g. leaving step 1 without a complete charter);
 * carries a message key and the form field it concerns.
 */
public class DialogueRuleViolation extends RuntimeException {

  private final String field;
  private final String messageKey;

  public DialogueRuleViolation(String field, String messageKey) {
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
