package se.trygghetsdialog.geo;

import se.trygghetsdialog.shared.RuleViolation;

/**
 * Input the map rules refuse (map settings, categories); carries the form field and a message key.
 */
public class GeoRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public GeoRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
