package se.trygghetsdialog.evaluation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.evaluation.EvaluationAspect;
import se.trygghetsdialog.evaluation.Lesson;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;

/** The evaluation page as shown. */
public record EvaluationPage(
    Dialogue dialogue,
    List<EvaluationAspect> aspects,
    List<Option> scores,
    List<Option> steps,
    List<Lesson> lessons,
    Map<String, String> form,
    FormErrors errors) {

  public String v(String field) {
    return form.getOrDefault(field, "");
  }

  /** The field name of an aspect's part, e.g. {@code purposeScore}. */
  public static String field(EvaluationAspect aspect, String part) {
    return aspect.name().toLowerCase(Locale.ROOT) + part;
  }
}
