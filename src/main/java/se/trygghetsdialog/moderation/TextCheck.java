package se.trygghetsdialog.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;

/**
 * Checks the free texts of a form, in the order given, and collects the problems: a required text
 * that is blank, a text that is too long, or one that may hold personal data according to {@link
 * PersonalDataScreener}. Each module brings its own message keys and turns the problems into its
 * own rule violation, all of them or the first.
 */
@RequiredArgsConstructor
public final class TextCheck {

  /** One refused text: its form field and the message key. */
  public record Problem(String field, String messageKey) {}

  private final PersonalDataScreener screener;
  private final String tooLongKey;
  private final String personalDataKey;
  private final List<Problem> problems = new ArrayList<>();

  /** A blank {@code text} is a problem with {@code messageKey}. */
  public TextCheck required(String field, String text, String messageKey) {
    if (text.isBlank()) {
      problems.add(new Problem(field, messageKey));
    }
    return this;
  }

  /** {@code text} longer than {@code max}, or else one the screener flags, is a problem. */
  public TextCheck text(String field, String text, int max) {
    if (text.length() > max) {
      problems.add(new Problem(field, tooLongKey));
    } else if (!text.isBlank() && screener.screen(text).flagged()) {
      problems.add(new Problem(field, personalDataKey));
    }
    return this;
  }

  /** The problems in the order found. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** The first problem found, if any. */
  public Optional<Problem> first() {
    return problems.stream().findFirst();
  }
}
