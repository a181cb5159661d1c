package se.trygghetsdialog.survey.web;

import java.util.List;
import se.trygghetsdialog.shared.web.Language;

/**
 * The translation form's fields for one language: the question's text and each option's label.
 *
 * @param language the language translated into
 */
public record TranslationFields(Language language, Field text, List<Field> options) {

  /**
   * One field.
   *
   * @param name the form field
   * @param swedish the Swedish wording to translate
   * @param value the translation stored or typed
   * @param outdated whether the stored translation was made for an earlier Swedish wording (it is
   *     not shown to residents until it is saved again)
   */
  public record Field(String name, String swedish, String value, boolean outdated) {}
}
