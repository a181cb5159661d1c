package se.trygghetsdialog.field;

import java.util.List;

/**
 * A request the EST week rules refuse: one or more problems, each with its form field and message
 * key. Nothing was saved.
 */
public class EstRuleViolation extends RuntimeException {

  /** One refused field. */
  public record Problem(String field, String messageKey) {}

  private final List<Problem> problems;

  public EstRuleViolation(String field, String messageKey) {
    this(List.of(new Problem(field, messageKey)));
  }

  public EstRuleViolation(List<Problem> problems) {
    super(problems.isEmpty() ? "" : problems.get(0).messageKey());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  public String field() {
    return problems.get(0).field();
  }

  public String messageKey() {
    return problems.get(0).messageKey();
  }
}
