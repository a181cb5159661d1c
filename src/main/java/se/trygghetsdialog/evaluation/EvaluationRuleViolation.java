package se.trygghetsdialog.evaluation;

import se.trygghetsdialog.shared.RuleViolation;

/** Input that breaks a rule of the evaluation module; {@code field} names the form field. */
public class EvaluationRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public EvaluationRuleViolation(String field, String messageKey) {
    super(field, messageKey);
  }
}
