package se.trygghetsdialog.moderation.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.trygghetsdialog.moderation.Finding;
import se.trygghetsdialog.moderation.PersonalDataKind;

/**
 * Finds Swedish telephone numbers: national numbers starting with a trunk 0 and an area code
 * ({@code 070-123 45 67}, {@code 0523-123 45}, {@code 08-123 456 78}, {@code 0701234567}) and
 * international ones ({@code +46 70 123 45 67}, {@code 0046 (0)523 123 45}).
 *
 * <p>Swedish national numbers have 8 to 10 digits including the leading 0 and mobile numbers
 * exactly 10. Years, times, sums, counts, postcodes and dates do not start with a single 0 followed
 * by enough digits, and time ranges such as {@code 0900-1700} are excluded explicitly.
 */
public final class PhoneNumberDetector implements Detector {

  private static final String SUBSCRIBER = "\\d{2,4}(?:[ \\u00a0]?\\d{2,4}){0,3}";
  private static final String AREA_SEPARATOR = "(?:\\s?[-\\u2013]\\s?|[ \\u00a0]|\\)\\s?)?";
  private static final String END = "(?![\\p{N}\\p{L}]|[-.:,/]\\d|\\s?(?:kr|kronor|sek|:-)\\b)";

  private static final Pattern NATIONAL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}+/.,:]|\\d[ -])\\(?(0[1-9]\\d{0,2})"
              + AREA_SEPARATOR
              + SUBSCRIBER
              + END,
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern INTERNATIONAL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:\\+|00)\\s?46[ \\u00a0-]?(?:\\(0\\)[ \\u00a0]?)?([1-9]\\d{0,2})"
              + AREA_SEPARATOR
              + SUBSCRIBER
              + END,
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern TIME_RANGE =
      Pattern.compile("[0-2]\\d[.:]?[0-5]\\d\\s?[-\\u2013]\\s?[0-2]\\d[.:]?[0-5]\\d");

  private static final Pattern TIME_CUE = Pattern.compile("(?iu)\\b(?:kl|klockan|mellan)\\.?\\s*$");

  @Override
  public void detect(String text, List<Finding> out) {
    Matcher national = NATIONAL.matcher(text);
    while (national.find()) {
      String match = national.group();
      int digits = countDigits(match);
      boolean mobile = national.group(1).startsWith("07");
      if (digits < 8 || digits > 10 || (mobile && digits != 10)) {
        continue;
      }
      if (TIME_RANGE.matcher(match).matches()) {
        continue;
      }
      String before = text.substring(Math.max(0, national.start() - 12), national.start());
      if (TIME_CUE.matcher(before).find()) {
        continue;
      }
      out.add(new Finding(PersonalDataKind.PHONE_NUMBER, national.start(), national.end()));
    }
    Matcher international = INTERNATIONAL.matcher(text);
    while (international.find()) {
      String match = international.group();
      int digits = countDigits(match) - (match.startsWith("00") ? 4 : 2);
      if (match.contains("(0)")) {
        digits--;
      }
      if (digits < 7 || digits > 9) {
        continue;
      }
      out.add(
          new Finding(PersonalDataKind.PHONE_NUMBER, international.start(), international.end()));
    }
  }

  private static int countDigits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
