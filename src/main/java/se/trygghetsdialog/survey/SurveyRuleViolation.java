package se.trygghetsdialog.survey;

import se.trygghetsdialog.shared.RuleViolation;

/** A request the survey rules refuse, with the form field and the message key. */
public class SurveyRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public SurveyRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
