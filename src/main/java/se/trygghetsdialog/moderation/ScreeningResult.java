package se.trygghetsdialog.moderation;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The outcome of screening one text.
 *
 * <p>Contract: {@code findings} are sorted by start offset, lie within {@code text}, and never
 * overlap. A flagged text is never published; moderators see {@link #masked()} by default and may
 * unmask with a logged reason.
 *
 * @param text the screened text, unchanged
 * @param findings the spans of personal data, sorted and non-overlapping
 */
public record ScreeningResult(String text, List<Finding> findings) {

  public ScreeningResult {
    Objects.requireNonNull(text, "text");
    findings = List.copyOf(findings);
    Finding previous = null;
    for (Finding finding : findings) {
      if (finding.end() > text.length()) {
        throw new IllegalArgumentException("finding outside text: " + finding);
      }
      if (previous != null && previous.end() > finding.start()) {
        throw new IllegalArgumentException("findings overlap or are unsorted: " + finding);
      }
      previous = finding;
    }
  }

  /** Orders findings by start offset, as the constructor requires. */
  static final Comparator<Finding> BY_POSITION =
      Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end);

  /** Whether any personal data was found; a flagged text must not be published. */
  public boolean flagged() {
    return !findings.isEmpty();
  }

  /** The kinds of personal data found. */
  public Set<PersonalDataKind> kinds() {
    Set<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
    for (Finding finding : findings) {
      kinds.add(finding.kind());
    }
    return kinds;
  }

  /** Whether anything found is a GDPR Art. 9 special category or Art. 10 offence data. */
  public boolean sensitive() {
    return findings.stream()
        .anyMatch(f -> f.kind().isSpecialCategory() || f.kind().isCriminalOffence());
  }

  /**
   * The text with every finding replaced by its Swedish kind label in brackets, for example {@code
   * "Ring [telefonnummer]"}. A label rather than a neutral block tells the moderator what was
   * removed without revealing it, and the mask's length does not leak the original's length.
   */
  public String masked() {
    return masked(kind -> "[" + kind.swedishLabel() + "]");
  }

  /** The text with every finding replaced by {@code maskFor.apply(kind)}, for localised masks. */
  public String masked(Function<PersonalDataKind, String> maskFor) {
    StringBuilder out = new StringBuilder(text.length());
    int position = 0;
    for (Finding finding : findings) {
      out.append(text, position, finding.start()).append(maskFor.apply(finding.kind()));
      position = finding.end();
    }
    return out.append(text, position, text.length()).toString();
  }

  /** The original characters of one finding, for an audited unmasking. */
  public String reveal(Finding finding) {
    return text.substring(finding.start(), finding.end());
  }
}
