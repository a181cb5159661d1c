package se.trygghetsdialog.tenancy;

import se.trygghetsdialog.shared.RuleViolation;

/**
 * Input the municipality's settings, organisations or areas refuse; carries the field and a message
 * key.
 */
public class TenancyRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public TenancyRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
