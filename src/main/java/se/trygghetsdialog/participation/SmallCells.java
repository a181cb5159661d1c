package se.trygghetsdialog.participation;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Small-cell suppression: the one place that decides how a count of people is shown in every
 * participation table and CSV. A count from 1 up to below the threshold is shown as {@code < n},
 * never as the number; so is a rate or share computed from such a count. Zero is shown (a group
 * nobody from was reached must be named).
 *
 * @param threshold the smallest count shown as a number (a municipality setting, default {@value
 *     #DEFAULT_THRESHOLD})
 */
public record SmallCells(int threshold) {

  public static final int DEFAULT_THRESHOLD = 5;
  public static final int MIN_THRESHOLD = 2;
  public static final int MAX_THRESHOLD = 100;

  public SmallCells {
    if (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
      throw new IllegalArgumentException("threshold out of range");
    }
  }

  /** Whether the count must not be shown. */
  public boolean suppressed(long count) {
    return count > 0 && count < threshold;
  }

  /** The count as shown: the number, or {@code < threshold}. */
  public String count(long count, Locale locale) {
    return suppressed(count)
        ? "< " + threshold
        : NumberFormat.getIntegerInstance(locale).format(count);
  }

  /**
   * The participation rate {@code reached / population} in per cent with two decimals, or {@code <
   * threshold} when the count is suppressed; empty when there is no population to measure against.
   */
  public String rate(long reached, long population, Locale locale) {
    if (population <= 0) {
      return "";
    }
    if (suppressed(reached)) {
      return "< " + threshold;
    }
    NumberFormat percent = NumberFormat.getNumberInstance(locale);
    percent.setMinimumFractionDigits(2);
    percent.setMaximumFractionDigits(2);
    return percent.format(100.0 * reached / population) + " %";
  }
}
