package se.trygghetsdialog.identity;

import se.trygghetsdialog.shared.RuleViolation;

/** Input the staff account rules refuse (an invitation, a password); names the form field. */
public class IdentityRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public IdentityRuleViolation(String field, String messageKey) {
    super(field, messageKey);
  }
}
