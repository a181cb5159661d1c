package se.trygghetsdialog.walk;

import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.shared.RuleViolation;

/** A walk rule was broken; {@code field} names the form field, {@code messageKey} the text. */
public class WalkRuleViolation extends RuleViolation {

  private static final long serialVersionUID = 1L;

  private final Set<PersonalDataKind> kinds;

  public WalkRuleViolation(String field, String messageKey) {
    this(field, messageKey, Set.of());
  }

  /**
   * A text refused because it seems to hold personal data of these kinds; the message's argument
   * {@code {0}} names them in the reader's language.
   */
  public WalkRuleViolation(String field, String messageKey, Set<PersonalDataKind> kinds) {
    super(field, messageKey, kinds.isEmpty() ? new Object[0] : new Object[] {named(kinds)});
    this.kinds = Set.copyOf(kinds);
  }

  /** The kinds of personal data found, for a message that names them; empty for other rules. */
  public Set<PersonalDataKind> kinds() {
    return kinds;
  }

  /**
   * A message argument that names the kinds, in their order, each by its key {@code
   * moderation.kind.X}, joined by {@code walk.kinds.join}; resolved in the reader's language.
   */
  public static MessageSourceResolvable named(Set<PersonalDataKind> kinds) {
    List<PersonalDataKind> sorted = kinds.stream().sorted().toList();
    MessageSourceResolvable named = kind(sorted.get(sorted.size() - 1));
    for (int i = sorted.size() - 2; i >= 0; i--) {
      named =
          new DefaultMessageSourceResolvable(
              new String[] {"walk.kinds.join"}, new Object[] {kind(sorted.get(i)), named});
    }
    return named;
  }

  private static MessageSourceResolvable kind(PersonalDataKind kind) {
    return new DefaultMessageSourceResolvable(
        new String[] {"moderation.kind." + kind.name()}, null, kind.name());
  }
}
