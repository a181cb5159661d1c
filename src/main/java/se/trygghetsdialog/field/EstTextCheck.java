package se.trygghetsdialog.field;

import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.TextCheck;

/**
 * Collects the problems of the EST week's free texts with {@link TextCheck} (the field.week.error
 * keys). A text with findings is refused (the form keeps it), never saved.
 */
final class EstTextCheck {

  private final TextCheck check;

  EstTextCheck(PersonalDataScreener screener) {
    this.check =
        new TextCheck(screener, "field.week.error.tooLong", "field.week.error.personalData");
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
    if (!check.problems().isEmpty()) {
      throw new EstRuleViolation(
          check.problems().stream()
              .map(p -> new EstRuleViolation.Problem(p.field(), p.messageKey()))
              .toList());
    }
  }
}
