package se.trygghetsdialog.survey;

import java.util.List;
import se.trygghetsdialog.shared.RuleViolation;

/** A request the survey rules refuse, with the form field and the message key. */
public class SurveyRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  private final transient List<SurveyRuleViolation> all;

  public SurveyRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
    this.all = List.of(this);
  }

  private SurveyRuleViolation(List<SurveyRuleViolation> several) {
    super(several.get(0).field(), several.get(0).messageKey(), several.get(0).args());
    this.all = List.copyOf(several);
  }

  /** One refusal standing for several, each shown on its own field; at least one. */
  static SurveyRuleViolation of(List<SurveyRuleViolation> several) {
    return several.size() == 1 ? several.get(0) : new SurveyRuleViolation(several);
  }

  @Override
  public List<? extends RuleViolation> all() {
    return all;
  }
}
