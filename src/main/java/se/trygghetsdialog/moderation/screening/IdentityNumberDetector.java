package se.trygghetsdialog.moderation.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.moderation.Finding;
import se.trygghetsdialog.moderation.PersonalDataKind;

/**
 * Finds personnummer and samordningsnummer: {@code YYMMDD-NNNN}, {@code YYYYMMDDNNNN}, with an
 * optional {@code -}, {@code +} or space before the last four digits (a dash may have a space on
 * either side). A candidate counts when it has a valid month and a day that exists in that month
 * (plus 60 for a samordningsnummer), whatever its check digit: a mistyped or made-up check digit
 * still identifies, or seems to identify, a person, so anything shaped like a personnummer is
 * treated as one.
 */
public final class IdentityNumberDetector implements Detector {

  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}+\\-/.,])((?:18|19|20)?)(\\d{2})(\\d{2})(\\d{2})( ?[-+\\u2013] ?| |)(\\d{4})"
              + "(?![\\p{L}\\p{N}]|[-:.,/]\\d)");

  /** Words before a bare ten-digit number that say it is a phone number, not an identity. */
  private static final Pattern PHONE_CUE =
      Pattern.compile(
          "(?iu)(?<!person|samordnings)(?:tel|telefon|telefonnummer|mobil|mobilnummer|ring|ringa|"
              + "sms|sms:a|nå|nås|nummer|nr)\\b[^\\p{N}]{0,25}$");

  private static final Pattern IDENTITY_CUE =
      Pattern.compile("(?iu)(?:personnummer|samordningsnummer|pnr|pers\\.?nr|född|födelsenummer)");

  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  @Override
  public void detect(String text, List<Finding> out) {
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String yy = m.group(2);
      String mm = m.group(3);
      String dd = m.group(4);
      String separator = m.group(5);
      String serial = m.group(6);
      PersonalDataKind kind = kindOf(yy + mm + dd + serial);
      if (kind == null) {
        continue;
      }
      if (separator.isEmpty() && m.group(1).isEmpty() && looksLikePhoneNumber(text, m)) {
        continue;
      }
      out.add(new Finding(kind, m.start(), m.end()));
    }
  }

  /**
   * The kind of a ten-digit number {@code YYMMDDNNNC}, or {@code null} if its date part is neither
   * a birth date nor a birth date with 60 added to the day. The check digit is not required to be
   * valid; see {@link #luhnValid(String)} for that.
   */
  public static @Nullable PersonalDataKind kindOf(String tenDigits) {
    if (tenDigits.length() != 10 || !tenDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    int month = Integer.parseInt(tenDigits.substring(2, 4));
    int day = Integer.parseInt(tenDigits.substring(4, 6));
    if (month < 1 || month > 12) {
      return null;
    }
    PersonalDataKind kind;
    int dayOfMonth;
    if (day >= 61 && day <= 91) {
      kind = PersonalDataKind.COORDINATION_NUMBER;
      dayOfMonth = day - 60;
    } else {
      kind = PersonalDataKind.PERSONAL_IDENTITY_NUMBER;
      dayOfMonth = day;
    }
    if (dayOfMonth < 1 || dayOfMonth > DAYS_IN_MONTH[month - 1]) {
      return null;
    }
    return kind;
  }

  /** Luhn (mod 10) check over all digits, the last being the check digit. */
  public static boolean luhnValid(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  // "0701234567" is both a mobile number and a valid personnummer for someone born in 2007.
  // Without a separator we believe the words before it; a leading 0 without any cue defaults to a
  // phone number, which residents write far more often than a 2000s personnummer without dash.
  private static boolean looksLikePhoneNumber(String text, Matcher m) {
    String before = text.substring(Math.max(0, m.start() - 40), m.start());
    if (IDENTITY_CUE.matcher(before).find()) {
      return false;
    }
    if (PHONE_CUE.matcher(before).find()) {
      return true;
    }
    return m.group().startsWith("0");
  }
}
