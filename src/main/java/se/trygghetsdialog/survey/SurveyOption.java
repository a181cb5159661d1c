package se.trygghetsdialog.survey;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One option of a question: the stored value and the label shown.
 *
 * @param value letters, digits and hyphens
 */
public record SurveyOption(String value, String label) {

  /**
   * Options as staff write them, one per line: {@code value | label}, or only a label whose value
   * is made from it.
   */
  public static List<SurveyOption> parse(String lines) {
    List<SurveyOption> options = new ArrayList<>();
    for (String line : lines.split("\\R")) {
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      int bar = text.indexOf('|');
      String value = bar < 0 ? slug(text) : slug(text.substring(0, bar));
      String label = bar < 0 ? text : text.substring(bar + 1).strip();
      options.add(new SurveyOption(value, label.isEmpty() ? value : label));
    }
    return options;
  }

  /** The options as staff write them. */
  public static String format(List<SurveyOption> options) {
    StringBuilder out = new StringBuilder();
    for (SurveyOption option : options) {
      out.append(option.value()).append(" | ").append(option.label()).append('\n');
    }
    return out.toString();
  }

  static String slug(String text) {
    String plain =
        Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+)|(-+$)", "");
    return plain.length() > 40 ? plain.substring(0, 40) : plain;
  }
}
