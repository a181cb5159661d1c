package se.trygghetsdialog.walk;

import se.trygghetsdialog.shared.RuleViolation;

/** A walk rule was broken; {@code field} names the form field, {@code messageKey} the text. */
public class WalkRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public WalkRuleViolation(String field, String messageKey) {
    super(field, messageKey);
  }
}
