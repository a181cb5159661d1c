package se.trygghetsdialog.records.access;

import se.trygghetsdialog.shared.RuleViolation;

/** Input that breaks a rule of public access; {@code field} names the form field. */
public class AccessRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public AccessRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
