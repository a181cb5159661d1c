package se.trygghetsdialog.survey.web;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.survey.Question;
import se.trygghetsdialog.survey.SurveyOption;

/** The survey staff forms as typed, shown again after a refused submission. */
public final class SurveyForms {

  private SurveyForms() {}

  static String v(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }

  /** A new survey. */
  public record Create(@Nullable String title, @Nullable String intro, @Nullable String withBank) {

    static Create blank() {
      return new Create("", "", "true");
    }

    public String v(@Nullable String value) {
      return SurveyForms.v(value);
    }
  }

  /** A question. */
  public record QuestionForm(
      @Nullable String kind,
      @Nullable String text,
      @Nullable String options,
      @Nullable String page,
      @Nullable String min,
      @Nullable String max,
      @Nullable String conditionCode,
      @Nullable String conditionValue) {

    static QuestionForm blank() {
      return new QuestionForm("SINGLE", "", "", "1", "", "", "", "");
    }

    static QuestionForm of(Question q) {
      return new QuestionForm(
          q.kind().name(),
          q.text(),
          SurveyOption.format(q.options()),
          String.valueOf(q.page()),
          SurveyForms.v(q.min()),
          SurveyForms.v(q.max()),
          q.conditionCode(),
          q.conditionValue());
    }

    public String v(@Nullable String value) {
      return SurveyForms.v(value);
    }
  }

  /** A round. */
  public record RoundForm(
      @Nullable String title,
      @Nullable String opens,
      @Nullable String closes,
      @Nullable String openLink,
      @Nullable String dialogue) {

    static RoundForm blank() {
      return new RoundForm("", "", "", "true", "");
    }

    public String v(@Nullable String value) {
      return SurveyForms.v(value);
    }
  }
}
