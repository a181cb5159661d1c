package se.trygghetsdialog.participation;

import se.trygghetsdialog.shared.RuleViolation;

/** A participation setting or gap check the rules refuse. */
public class ParticipationRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public ParticipationRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
