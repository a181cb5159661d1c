package se.trygghetsdialog.moderation;

import se.trygghetsdialog.shared.RuleViolation;

/** A moderation decision the rules refuse; carries the form field and a message key. */
public class ModerationRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public ModerationRuleViolation(String field, String messageKey) {
    super(field, messageKey);
  }
}
