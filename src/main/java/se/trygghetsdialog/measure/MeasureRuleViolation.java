package se.trygghetsdialog.measure;

import se.trygghetsdialog.shared.RuleViolation;

/** A request the measure rules refuse; carries the form field and message key. */
public class MeasureRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public MeasureRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
