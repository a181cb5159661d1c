package se.trygghetsdialog.eid;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a resident's e-ID verification: which assurance levels count, what a personnummer
 * is, how old the resident is, and what a purpose, subject and return path may look like.
 */
public final class EidPolicy {

  /** Sweden's day changes at midnight Stockholm time; ages are counted in that day. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  /** Tillitsnivå 3 of the Swedish e-ID framework (Digg, formerly E-legitimationsnämnden). */
  public static final String LOA3 = "http://id.elegnamnden.se/loa/1.0/loa3";

  /**
   * The {@code acr} values accepted: LoA3, LoA4, and eIDAS substantial and high as the Swedish
   * framework maps them. LoA2 and anything unknown are refused.
   */
  public static final Set<String> ACCEPTED_ACR =
      Set.of(
          LOA3,
          "http://id.elegnamnden.se/loa/1.0/loa4",
          "http://id.elegnamnden.se/loa/1.0/eidas-sub",
          "http://id.elegnamnden.se/loa/1.0/eidas-high");

  /** How long a resident has at the broker before the attempt expires. */
  public static final int ATTEMPT_MINUTES = 10;

  private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern PERSONNUMMER = Pattern.compile("\\d{12}");
  private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");

  private EidPolicy() {}

  /** Whether the ID token's {@code acr} is LoA3 or higher. */
  public static boolean acceptsAcr(@Nullable String acr) {
    return acr != null && ACCEPTED_ACR.contains(acr);
  }

  /** A purpose name: lower-case letters, digits and hyphens, at most 40 characters. */
  public static boolean validPurpose(@Nullable String purpose) {
    return purpose != null && PURPOSE.matcher(purpose).matches();
  }

  /** A subject id (e.g. a proposal's UUID): letters, digits and hyphens, at most 64 characters. */
  public static boolean validSubject(@Nullable String subject) {
    return subject != null && SUBJECT.matcher(subject).matches();
  }

  /** A path on this site to return to: starts with one slash, no scheme, host or backslash. */
  public static boolean validReturnPath(@Nullable String path) {
    return path != null
        && path.length() <= 300
        && path.startsWith("/")
        && !path.startsWith("//")
        && path.chars().noneMatch(c -> c == '\\' || c < 0x21 || c == 0x7f);
  }

  /**
   * The birth date of a personnummer in the 12-digit form {@code ÅÅÅÅMMDDNNNK}: a real date that
   * has passed, and a check digit K that the Luhn algorithm accepts over the last ten digits.
   * Samordningsnummer (day plus 60) are not personnummer and are refused.
   *
   * @return the birth date, or null when the value is not a personnummer
   */
  public static @Nullable LocalDate birthDate(@Nullable String personnummer, LocalDate today) {
    if (personnummer == null || !PERSONNUMMER.matcher(personnummer).matches()) {
      return null;
    }
    LocalDate born;
    try {
      born =
          LocalDate.of(
              Integer.parseInt(personnummer.substring(0, 4)),
              Integer.parseInt(personnummer.substring(4, 6)),
              Integer.parseInt(personnummer.substring(6, 8)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
    if (born.isAfter(today) || born.getYear() < 1870 || !luhn(personnummer.substring(2))) {
      return null;
    }
    return born;
  }

  /** Whole years of age on {@code today}. */
  public static int age(LocalDate born, LocalDate today) {
    return Period.between(born, today).getYears();
  }

  /** A four-digit kommunkod as brokers give the folkbokföring municipality. */
  public static boolean validMunicipalityCode(@Nullable String code) {
    return code != null && MUNICIPALITY_CODE.matcher(code).matches();
  }

  /** The Luhn check over ten digits, the last of which is the check digit. */
  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
