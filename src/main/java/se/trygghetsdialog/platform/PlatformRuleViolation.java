package se.trygghetsdialog.platform;

import se.trygghetsdialog.shared.RuleViolation;

/** A change to the install's municipalities that the platform rules refuse; names the field. */
public class PlatformRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public PlatformRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
