package se.trygghetsdialog.session;

import se.trygghetsdialog.shared.RuleViolation;

/** Input that breaks a rule of the session module; {@code field} names the form field. */
public class SessionRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public SessionRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
