package se.trygghetsdialog.field;

import se.trygghetsdialog.shared.RuleViolation;

/** Input that breaks a rule of the field module; {@code field} names the form field. */
public class FieldRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public FieldRuleViolation(String field, String messageKey) {
    super(field, messageKey);
  }
}
