package se.trygghetsdialog.field;

import java.util.List;
import se.trygghetsdialog.shared.RuleViolation;

/**
 * A request the EST week rules refuse: one or more problems, each with its form field and message
 * key; the first is the one {@link #field()} and {@link #messageKey()} name. Nothing was saved.
 */
public class EstRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  /** One refused field. */
  public record Problem(String field, String messageKey) {}

  private final transient List<Problem> problems;

  public EstRuleViolation(String field, String messageKey) {
    this(List.of(new Problem(field, messageKey)));
  }

  public EstRuleViolation(List<Problem> problems) {
    super(problems.get(0).field(), problems.get(0).messageKey());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** One violation per problem, so that a form shows each on its field. */
  @Override
  public List<EstRuleViolation> all() {
    return problems.stream().map(p -> new EstRuleViolation(p.field(), p.messageKey())).toList();
  }
}
