package se.trygghetsdialog.moderation.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.trygghetsdialog.moderation.Finding;
import se.trygghetsdialog.moderation.PersonalDataKind;

/**
 * Finds e-mail addresses, including internationalised local parts ({@code åsa.öberg@exempel.se})
 * and the usual obfuscations: {@code (at)}, {@code [at]}, {@code snabel-a}, {@code (punkt)}, {@code
 * [dot]}.
 */
public final class EmailAddressDetector implements Detector {

  private static final String AT =
      "(?:\\s?@\\s?|\\s?[(\\[]\\s?(?:at|snabel-?a)\\s?[)\\]]\\s?|\\s+snabel-?a\\s+)";
  private static final String DOT =
      "(?:\\.|\\s?[(\\[]\\s?(?:dot|punkt)\\s?[)\\]]\\s?|\\s+punkt\\s+)";
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}_%+-](?:[\\p{L}\\p{N}._%+-]{0,63})"
              + AT
              + LABEL
              + "(?:"
              + DOT
              + LABEL
              + ")*"
              + DOT
              + "\\p{L}{2,24}(?![\\p{L}\\p{N}])",
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
    return lower.contains("at)") || lower.contains("at]") || lower.contains("snabel");
  }
}
