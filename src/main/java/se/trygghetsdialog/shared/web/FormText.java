package se.trygghetsdialog.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Small helpers for reading raw form input safely: null-safe, trimmed, never throwing. */
public final class FormText {

  private static final Pattern EMAIL =
      Pattern.compile("^[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");

  private FormText() {}

  public static String clean(@Nullable String value) {
    return value == null ? "" : value.strip().replace("\r\n", "\n");
  }

  public static @Nullable UUID uuid(@Nullable String value) {
    return parsed(value, UUID::fromString);
  }

  public static @Nullable LocalDate date(@Nullable String value) {
    return parsed(value, LocalDate::parse);
  }

  /** The enum constant named by the input, or null when it is missing or names none. */
  public static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String value) {
    return parsed(value, v -> Enum.valueOf(type, v));
  }

  /** The stripped input parsed, or null when it is missing or does not parse. */
  private static <T> @Nullable T parsed(@Nullable String value, Function<String, T> parse) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parse.apply(value.strip());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A decimal number as typed, with a comma or a point ({@code 58,27}); null when it is missing,
   * longer than 20 characters, not a number or not finite.
   */
  public static @Nullable Double decimal(@Nullable String value) {
    String cleaned = clean(value).replace(',', '.');
    if (cleaned.isEmpty() || cleaned.length() > 20) {
      return null;
    }
    try {
      double d = Double.parseDouble(cleaned);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A latitude or longitude as a form value: six decimals, a point, e.g. {@code 58.274100}. */
  public static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }

  public static boolean isEmail(@Nullable String value) {
    return value != null && value.length() <= 254 && EMAIL.matcher(value.strip()).matches();
  }
}
