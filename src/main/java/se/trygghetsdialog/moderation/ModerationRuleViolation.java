package se.trygghetsdialog.moderation;

import java.util.Set;
import se.trygghetsdialog.shared.RuleViolation;

/** A moderation decision the rules refuse; carries the form field and a message key. */
public class ModerationRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  private final transient Set<PersonalDataKind> kinds;

  public ModerationRuleViolation(String field, String messageKey) {
    super(field, messageKey);
    this.kinds = Set.of();
  }

  /** A violation whose message names the kinds of personal data found, for moderators only. */
  ModerationRuleViolation(String field, String messageKey, Set<PersonalDataKind> kinds) {
    super(field, messageKey);
    this.kinds = Set.copyOf(kinds);
  }

  /** The kinds screening found, when the violation is about personal data; else empty. */
  public Set<PersonalDataKind> kinds() {
    return kinds;
  }
}
