package se.trygghetsdialog.opinion;

import se.trygghetsdialog.shared.RuleViolation;

/** An input broke a rule; {@code field} names the form field and {@code messageKey} the message. */
public class OpinionRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public OpinionRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
