package se.trygghetsdialog.population;

import java.util.ArrayList;
import java.util.List;
import se.trygghetsdialog.shared.RuleViolation;

/** A population statistics file or setting the rules refuse; may stand for several errors. */
public class PopulationRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  private final transient List<PopulationRuleViolation> others = new ArrayList<>();

  public PopulationRuleViolation(String field, String messageKey, Object... args) {
    super(field, messageKey, args);
  }

  /** This refusal and the further ones given, this one first. */
  PopulationRuleViolation and(List<PopulationRuleViolation> more) {
    others.addAll(more);
    return this;
  }

  @Override
  public List<? extends RuleViolation> all() {
    List<RuleViolation> all = new ArrayList<>();
    all.add(this);
    all.addAll(others);
    return all;
  }
}
