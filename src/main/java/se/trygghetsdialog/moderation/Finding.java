package se.trygghetsdialog.moderation;

import java.util.Objects;

/**
 * One span of personal data found in a screened text.
 *
 * @param kind what was found
 * @param start offset of the first character in the original text (inclusive)
 * @param end offset after the last character in the original text (exclusive)
 */
public record Finding(PersonalDataKind kind, int start, int end) {

  public Finding {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** The number of characters covered. */
  public int length() {
    return end - start;
  }

  /** Whether this span shares at least one character with {@code other}. */
  public boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }
}
