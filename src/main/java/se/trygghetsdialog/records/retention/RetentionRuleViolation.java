package se.trygghetsdialog.records.retention;

import se.trygghetsdialog.shared.RuleViolation;

/** A retention class the rules refuse. */
public class RetentionRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public RetentionRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
