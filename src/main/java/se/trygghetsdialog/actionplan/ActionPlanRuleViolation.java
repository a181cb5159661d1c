package se.trygghetsdialog.actionplan;

import se.trygghetsdialog.shared.RuleViolation;

/** A request the åtgärdsplan rules refuse; carries the form field and message key. */
public class ActionPlanRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public ActionPlanRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
