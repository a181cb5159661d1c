package se.trygghetsdialog.field;

import java.util.ArrayList;
import java.util.List;
import se.trygghetsdialog.moderation.PersonalDataScreener;

/**
 * Collects the problems of free texts: too long, or possibly personal data according to {@link
 * PersonalDataScreener}. A text with findings is refused (the form keeps it), never saved.
 */
final class EstTextCheck {

  private final PersonalDataScreener screener;
  private final List<EstRuleViolation.Problem> problems = new ArrayList<>();

  EstTextCheck(PersonalDataScreener screener) {
    this.screener = screener;
  }

  EstTextCheck text(String field, String text, int max) {
    if (text.length() > max) {
      problems.add(new EstRuleViolation.Problem(field, "field.week.error.tooLong"));
    } else if (!text.isBlank() && screener.screen(text).flagged()) {
      problems.add(new EstRuleViolation.Problem(field, "field.week.error.personalData"));
    }
    return this;
  }

  EstTextCheck required(String field, String text) {
    if (text.isBlank()) {
      problems.add(new EstRuleViolation.Problem(field, "field.week.error.required"));
    }
    return this;
  }

  /**
   * @throws EstRuleViolation if any text was refused
   */
  void orThrow() {
    if (!problems.isEmpty()) {
      throw new EstRuleViolation(problems);
    }
  }
}
