package se.trygghetsdialog.perspective;

import se.trygghetsdialog.shared.RuleViolation;

/** Input that breaks a rule of the perspective module; {@code field} names the form field. */
public class PerspectiveRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public PerspectiveRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
