package se.trygghetsdialog.survey;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of a survey question.
 *
 * @param code the question bank's stable code, shared by all versions
 * @param current whether this is the version residents are asked now
 * @param archived an archived question is no longer asked; its answers stay
 * @param page the page of the resident form it is on, from 1
 * @param conditionCode when not empty, the question is shown only when the earlier question with
 *     this code was answered with {@code conditionValue}
 * @param unsafePlace for a map question: its answers are places where residents feel unsafe, and
 *     count on the public heat grid once the round has closed
 */
public record Question(
    UUID id,
    UUID surveyId,
    String code,
    int version,
    boolean current,
    boolean archived,
    int page,
    int position,
    QuestionKind kind,
    String text,
    List<SurveyOption> options,
    @Nullable Integer min,
    @Nullable Integer max,
    String conditionCode,
    String conditionValue,
    boolean unsafePlace) {

  /** A question that is not marked as asking for unsafe places. */
  public Question(
      UUID id,
      UUID surveyId,
      String code,
      int version,
      boolean current,
      boolean archived,
      int page,
      int position,
      QuestionKind kind,
      String text,
      List<SurveyOption> options,
      @Nullable Integer min,
      @Nullable Integer max,
      String conditionCode,
      String conditionValue) {
    this(
        id,
        surveyId,
        code,
        version,
        current,
        archived,
        page,
        position,
        kind,
        text,
        options,
        min,
        max,
        conditionCode,
        conditionValue,
        false);
  }

  /** Whether the question is shown only on a condition. */
  public boolean conditional() {
    return !conditionCode.isEmpty();
  }

  /** Whether residents are asked it now. */
  public boolean asked() {
    return current && !archived;
  }

  /** Whether {@code value} is one of its options. */
  public boolean offers(String value) {
    return options.stream().anyMatch(o -> o.value().equals(value));
  }
}
