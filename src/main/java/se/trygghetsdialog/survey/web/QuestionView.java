package se.trygghetsdialog.survey.web;

import java.util.List;
import java.util.Set;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.survey.Question;
import se.trygghetsdialog.survey.QuestionTranslations;

/**
 * One question as the form shows it, in the page's language where it is translated.
 *
 * @param field the input name, {@code q-<question id>}
 * @param wording the question's text in the page's language, or in Swedish marked as such
 * @param options the options, labelled in the page's language where translated
 * @param swedishOptions the values of the options labelled in Swedish on a page in another language
 * @param value the typed value of a number or free text
 * @param map whether this question carries the map (the first map question of a page)
 */
public record QuestionView(
    Question question,
    String field,
    String type,
    QuestionTranslations.Wording wording,
    List<Option> options,
    Set<String> swedishOptions,
    String value,
    String place,
    String latitude,
    String longitude,
    boolean map) {

  public String text() {
    return wording.text();
  }

  /** The language attribute of the question's text: sv when shown in Swedish on another page. */
  public @org.jspecify.annotations.Nullable String textLang() {
    return wording.swedishOnly() ? "sv" : null;
  }

  /** The language attribute of an option's label. */
  public @org.jspecify.annotations.Nullable String optionLang(Option option) {
    return swedishOptions.contains(option.value()) ? "sv" : null;
  }

  /**
   * The ids that describe the question's input: the Swedish-only note, a hint and an error, those
   * there are; null for none.
   */
  public @org.jspecify.annotations.Nullable String describedBy(boolean hint, boolean error) {
    String ids =
        ((swedishOnly() ? field + "-sv " : "")
                + (hint ? field + "-hint " : "")
                + (error ? field + "-error" : ""))
            .strip();
    return ids.isEmpty() ? null : ids;
  }

  /** Whether anything of the question is shown only in Swedish: the page says so. */
  public boolean swedishOnly() {
    return wording.swedishOnly() || !swedishOptions.isEmpty();
  }
}
