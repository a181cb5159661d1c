package se.trygghetsdialog.analysis;

import se.trygghetsdialog.shared.RuleViolation;

/** A report action the analysis module's rules refuse. */
public class AnalysisRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  public AnalysisRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }
}
