package se.trygghetsdialog.survey;

import java.util.Map;

/** Answers on a page the resident must correct: the message key per field ({@code q-<id>}). */
public class SurveyAnswerErrors extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, String> errors;

  public SurveyAnswerErrors(Map<String, String> errors) {
    super("answers to correct");
    this.errors = Map.copyOf(errors);
  }

  public Map<String, String> errors() {
    return errors;
  }
}
