package se.trygghetsdialog.population;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

/**
 * SCB's codes and texts for age, sex, region and year as its tables give them, read into the
 * product's vocabulary. Ages are one-year ages ({@code 7}, {@code 7 år}), an open top class ({@code
 * 100+}) or a class ({@code 20-24}, {@code 20-24 år}) that must fall inside one {@link AgeBand};
 * sex is {@code 1}/{@code 2} or {@code män}/{@code kvinnor} (English {@code men}/{@code women});
 * totals ({@code totalt}, {@code 1+2}) are left out.
 */
final class ScbCodes {

  /** What a code reads as: a value, a total to leave out, or a message key of an error. */
  record Read<T>(Optional<T> value, boolean total, String errorKey) {
    static <T> Read<T> of(T value) {
      return new Read<>(Optional.of(value), false, "");
    }

    static <T> Read<T> isTotal() {
      return new Read<>(Optional.empty(), true, "");
    }

    static <T> Read<T> error(String key) {
      return new Read<>(Optional.empty(), false, key);
    }

    boolean failed() {
      return value.isEmpty() && !total;
    }
  }

  private static final Pattern ONE_YEAR = Pattern.compile("(\\d{1,3})");
  private static final Pattern OPEN_TOP = Pattern.compile("(\\d{1,3})\\s*\\+|(\\d{1,3})\\s*-\\s*w");
  private static final Pattern CLASS = Pattern.compile("(\\d{1,3})\\s*-\\s*(\\d{1,3})");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2}|2100)(?!\\d)");
  private static final Pattern REGION = Pattern.compile("[0-9A-Za-z]{2,20}");

  private ScbCodes() {}

  static Read<AgeBand> age(String text) {
    String age = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*år$", "").strip();
    if (age.startsWith("tot") || age.equals("samtliga") || age.equals("all ages")) {
      return Read.isTotal();
    }
    Matcher m = ONE_YEAR.matcher(age);
    if (m.matches()) {
      return Read.of(AgeBand.of(Integer.parseInt(m.group(1))));
    }
    m = OPEN_TOP.matcher(age);
    if (m.matches()) {
      int from = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
      AgeBand band = AgeBand.of(from);
      return band.to() == Integer.MAX_VALUE
          ? Read.of(band)
          : Read.error("population.error.file.ageSpansBands");
    }
    m = CLASS.matcher(age);
    if (m.matches()) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      if (to < from) {
        return Read.error("population.error.file.age");
      }
      AgeBand band = AgeBand.of(from);
      return band == AgeBand.of(to)
          ? Read.of(band)
          : Read.error("population.error.file.ageSpansBands");
    }
    return Read.error("population.error.file.age");
  }

  static Read<Gender> sex(String text) {
    String sex = text.strip().toLowerCase(Locale.ROOT);
    return switch (sex) {
      case "1", "män", "man", "men", "male", "males" -> Read.of(Gender.MAN);
      case "2", "kvinnor", "kvinna", "women", "woman", "female", "females" -> Read.of(Gender.WOMAN);
      case "1+2", "totalt", "tot", "total", "båda könen", "both sexes" -> Read.isTotal();
      default -> Read.error("population.error.file.sex");
    };
  }

  /** The region code: the first word of {@code 1484 Lysekil}; empty when it is not a code. */
  static Optional<String> region(String text) {
    String first = text.strip().split("\\s+", 2)[0];
    return REGION.matcher(first).matches()
        ? Optional.of(first.toUpperCase(Locale.ROOT))
        : Optional.empty();
  }

  /** The year in a year code or a column heading such as {@code Folkmängd 2024}. */
  static Optional<Integer> year(String text) {
    Matcher m = YEAR.matcher(text.strip());
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /**
   * A count: a whole number, spaces allowed as thousands separators.
   *
   * @return the count, or a message key of the error
   */
  static Read<Long> count(String text) {
    String digits = text.strip().replaceAll("[\\s\u00a0\u202f]", "");
    if (digits.matches("-\\d+")) {
      return Read.error("population.error.file.negative");
    }
    if (!digits.matches("\\d{1,12}")) {
      return Read.error("population.error.file.count");
    }
    return Read.of(Long.parseLong(digits));
  }
}
