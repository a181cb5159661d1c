package se.trygghetsdialog.survey.web;

import java.util.List;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.survey.Question;

/**
 * One question as the form shows it.
 *
 * @param field the input name, {@code q-<question id>}
 * @param value the typed value of a number or free text
 * @param map whether this question carries the map (the first map question of a page)
 */
public record QuestionView(
    Question question,
    String field,
    String type,
    List<Option> options,
    String value,
    String place,
    String latitude,
    String longitude,
    boolean map) {

  public String text() {
    return question.text();
  }
}
