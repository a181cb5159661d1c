package se.trygghetsdialog.records.rights;

import se.trygghetsdialog.shared.RuleViolation;

/** A privacy notice or personal-data request the rules refuse. */
public class RightsRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public RightsRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
