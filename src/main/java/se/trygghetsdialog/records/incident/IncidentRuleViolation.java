package se.trygghetsdialog.records.incident;

import se.trygghetsdialog.shared.RuleViolation;

/** Input that breaks a rule of the incident log; {@code field} names the form field. */
public class IncidentRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public IncidentRuleViolation(String field, String messageKey) {
    super(field, messageKey);
  }
}
