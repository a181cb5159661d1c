package se.trygghetsdialog.dialogue;

import se.trygghetsdialog.shared.RuleViolation;

/**
 * A request that the dialogue's rules refuse (e.g. leaving step 1 without a complete charter);
 * carries a message key and the form field it concerns.
 */
public class DialogueRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public DialogueRuleViolation(String field, String messageKey) {
    super(field, messageKey);
  }
}
