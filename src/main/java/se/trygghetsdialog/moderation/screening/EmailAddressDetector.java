package se.trygghetsdialog.moderation.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.trygghetsdialog.moderation.Finding;
import se.trygghetsdialog.moderation.PersonalDataKind;

/**
 * Finds e-mail addresses, including internationalised local parts ({@code åsa.öberg@exempel.se})
 * and the usual obfuscations: spaces around {@code @}, {@code (at)}, {@code [at]}, {@code (a)},
 * {@code {at}}, a bare {@code at} or {@code snabel-a} between words, {@code (punkt)}, {@code
 * [dot]}, a bare {@code punkt} or {@code dot}, and an address at a well-known provider written
 * without its top-level domain ({@code omar.k@gmail}).
 */
public final class EmailAddressDetector implements Detector {

  private static final String OPEN = "[(\\[{<]";
  private static final String CLOSE = "[)\\]}>]";
  private static final String AT =
      "(?:\\s*@\\s*|\\s*"
          + OPEN
          + "\\s*(?:at|a|@|snabel-?\\s?a)\\s*"
          + CLOSE
          + "\\s*|\\s+(?:snabel-?a|at)\\s+)";
  private static final String DOT =
      "(?:\\.|\\s+\\.\\s+|\\s*"
          + OPEN
          + "\\s*(?:dot|punkt|\\.)\\s*"
          + CLOSE
          + "\\s*|\\s+(?:punkt|dot)\\s+)";
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
  private static final String LOCAL =
      "[\\p{L}\\p{N}_%+-](?:[\\p{L}\\p{N}._%+-]{0,63})(?:(?:\\s+punkt\\s+|\\s+\\.\\s+)[\\p{L}\\p{N}_%+-]{1,63})*";
  private static final String PROVIDER =
      "(?:gmail|hotmail|outlook|yahoo|live|icloud|telia|spray|bredband|msn|protonmail)";

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+-])"
              + LOCAL
              + AT
              + "(?:"
              + LABEL
              + "(?:"
              + DOT
              + LABEL
              + ")*"
              + DOT
              + "\\p{L}{2,24}|"
              + PROVIDER
              + ")(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public void detect(String text, List<Finding> out) {
    if (text.indexOf('@') < 0 && !mayBeObfuscated(text)) {
      return;
    }
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      out.add(new Finding(PersonalDataKind.EMAIL_ADDRESS, m.start(), m.end()));
    }
  }

  private static boolean mayBeObfuscated(String text) {
    String lower = WordLists.lower(text);
    return lower.contains(" at ")
        || lower.contains("at)")
        || lower.contains("at]")
        || lower.contains("at}")
        || lower.contains("at>")
        || lower.contains("a)")
        || lower.contains("a]")
        || lower.contains("a}")
        || lower.contains("snabel");
  }
}
