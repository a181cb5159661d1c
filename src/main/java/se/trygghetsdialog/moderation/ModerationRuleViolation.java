package se.trygghetsdialog.moderation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
    super(field, messageKey, label(kinds));
    this.kinds = Set.copyOf(kinds);
  }

  /**
   * The kinds as one message argument: their names in the reader's language, in a fixed order,
   * separated by commas (resolved with the message it is an argument of).
   */
  private static MessageSourceResolvable label(Set<PersonalDataKind> kinds) {
    List<PersonalDataKind> sorted = kinds.stream().sorted().toList();
    Object[] names =
        sorted.stream()
            .map(
                k ->
                    new DefaultMessageSourceResolvable(
                        new String[] {"moderation.kind." + k.name()}, null, k.name()))
            .toArray();
    String pattern =
        IntStream.range(0, names.length)
            .mapToObj(i -> "{" + i + "}")
            .collect(Collectors.joining(", "));
    return new DefaultMessageSourceResolvable(null, names, pattern);
  }

  /** The kinds screening found, when the violation is about personal data; else empty. */
  public Set<PersonalDataKind> kinds() {
    return kinds;
  }
}
