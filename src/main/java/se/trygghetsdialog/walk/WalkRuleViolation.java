package se.trygghetsdialog.walk;

import java.util.Set;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.shared.RuleViolation;

/** A walk rule was broken; {@code field} names the form field, {@code messageKey} the text. */
public class WalkRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  private final Set<PersonalDataKind> kinds;

  public WalkRuleViolation(String field, String messageKey) {
    this(field, messageKey, Set.of());
  }

  /** A text refused because it seems to hold personal data of these kinds. */
  public WalkRuleViolation(String field, String messageKey, Set<PersonalDataKind> kinds) {
    super(field, messageKey);
    this.kinds = Set.copyOf(kinds);
  }

  /** The kinds of personal data found, for a message that names them; empty for other rules. */
  public Set<PersonalDataKind> kinds() {
    return kinds;
  }
}
