package se.trygghetsdialog.lagesbild;

import se.trygghetsdialog.shared.RuleViolation;

/** A request the lägesbild rules refuse; carries the form field and message key. */
public class LagesbildRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public LagesbildRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
