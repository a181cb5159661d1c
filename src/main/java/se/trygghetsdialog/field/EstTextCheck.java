package se.trygghetsdialog.field;

import java.util.ArrayList;
import java.util.List;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.TextCheck;

/**
 * Collects the problems of the EST week's free texts with {@link TextCheck} (the field.week.error
 * keys). A text with findings is refused (the form keeps it), never saved.
 */
final class EstTextCheck {

  private final TextCheck check;
  private final List<EstRuleViolation.Problem> lengths = new ArrayList<>();

  EstTextCheck(PersonalDataScreener screener) {
    this.check =
        new TextCheck(screener, "field.week.error.tooLong", "field.week.error.personalData");
  }

  /** Only the length of a text that was screened when its form was bound. */
  EstTextCheck length(String field, String text, int max) {
    if (text.length() > max) {
      lengths.add(new EstRuleViolation.Problem(field, "field.week.error.tooLong"));
    }
    return this;
  }

  EstTextCheck text(String field, String text, int max) {
    check.text(field, text, max);
    return this;
  }

  EstTextCheck required(String field, String text) {
    check.required(field, text, "field.week.error.required");
    return this;
  }

  /**
   * @throws EstRuleViolation if any text was refused
   */
  void orThrow() {
    List<EstRuleViolation.Problem> problems = new ArrayList<>(lengths);
    check
        .problems()
        .forEach(p -> problems.add(new EstRuleViolation.Problem(p.field(), p.messageKey())));
    if (!problems.isEmpty()) {
      throw new EstRuleViolation(problems);
    }
  }
}
