package se.trygghetsdialog.place;

import se.trygghetsdialog.shared.RuleViolation;

/** Input the place rules refuse; carries the form field and a message key. */
public class PlaceRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public PlaceRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
