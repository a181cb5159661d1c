package se.trygghetsdialog.lagesbild;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of crime statistics: a year ({@code 2024}), a quarter ({@code 2024-Q1}) or a month
 * ({@code 2024-03}).
 *
 * @param number the quarter (1–4) or month (1–12); 0 for a year
 */
public record CrimePeriod(Kind kind, int year, int number) implements Comparable<CrimePeriod> {

  /** The granularity of a period; statistics are shown in one table per kind. */
  public enum Kind {
    YEAR,
    QUARTER,
    MONTH
  }

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

  private static final Comparator<CrimePeriod> ORDER =
      Comparator.comparing(CrimePeriod::kind)
          .thenComparingInt(CrimePeriod::year)
          .thenComparingInt(CrimePeriod::number);

  /** Parses {@code 2024}, {@code 2024-Q1} or {@code 2024-03}; anything else is empty. */
  public static Optional<CrimePeriod> parse(String text) {
    String value = text.strip();
    Matcher m = YEAR.matcher(value);
    if (m.matches()) {
      return Optional.of(new CrimePeriod(Kind.YEAR, Integer.parseInt(m.group(1)), 0));
    }
    m = QUARTER.matcher(value);
    if (m.matches()) {
      return Optional.of(
          new CrimePeriod(
              Kind.QUARTER, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    m = MONTH.matcher(value);
    if (m.matches()) {
      return Optional.of(
          new CrimePeriod(Kind.MONTH, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    return Optional.empty();
  }

  /** The period just before this one, of the same kind. */
  public CrimePeriod previous() {
    return switch (kind) {
      case YEAR -> new CrimePeriod(kind, year - 1, 0);
      case QUARTER ->
          number == 1
              ? new CrimePeriod(kind, year - 1, 4)
              : new CrimePeriod(kind, year, number - 1);
      case MONTH ->
          number == 1
              ? new CrimePeriod(kind, year - 1, 12)
              : new CrimePeriod(kind, year, number - 1);
    };
  }

  /** The same period one year earlier. */
  public CrimePeriod yearBefore() {
    return new CrimePeriod(kind, year - 1, number);
  }

  @Override
  public int compareTo(CrimePeriod other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case YEAR -> String.valueOf(year);
      case QUARTER -> year + "-Q" + number;
      case MONTH -> year + "-" + (number < 10 ? "0" : "") + number;
    };
  }
}
