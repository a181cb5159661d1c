package se.trygghetsdialog.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Language;

/**
 * Staff translate a question's text and its options' labels into the languages residents may choose
 * besides Swedish ({@link QuestionTranslations#languages()}). A translation never makes a new
 * version: the question residents answer is the same, so the answers stay comparable. Each
 * translation keeps the Swedish wording it was made for; once that wording changes, the Swedish
 * text is shown again (marked) until the translation is revised. Like the Swedish wording, the
 * translations are not screened for personal data: both are the municipality's own text.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TranslateQuestion {

  /** The longest translated question text, as for the Swedish text. */
  public static final int MAX_TEXT = 500;

  /** The longest translated option label. */
  public static final int MAX_OPTION = 200;

  private final SurveyRepository repository;
  private final ApplicationEventPublisher events;

  /** The form field of the question's text in {@code language}. */
  public static String textField(Language language) {
    return "text-" + language.tag();
  }

  /** The form field of an option's label in {@code language}. */
  public static String optionField(Language language, SurveyOption option) {
    return "option-" + language.tag() + "-" + option.value();
  }

  /**
   * Stores the translations typed, by form field ({@link #textField}, {@link #optionField}): an
   * empty field removes that translation, a field not sent leaves it as it is, other fields are
   * ignored.
   *
   * @throws SurveyRuleViolation for a text too long (every such field at once), or a question that
   *     is no longer the current version
   */
  @Transactional
  public void translate(
      MunicipalityId m, UUID questionId, Map<String, String> fields, StaffPrincipal staff) {
    Question question =
        repository.question(m, questionId).orElseThrow(() -> new NotFoundException("question"));
    List<Language> languages = QuestionTranslations.languages();
    if (!question.current()) {
      throw new SurveyRuleViolation(
          textField(languages.get(0)), "survey.error.question.notCurrent");
    }
    List<SurveyRuleViolation> errors = new ArrayList<>();
    List<Runnable> changes = new ArrayList<>();
    for (Language language : languages) {
      take(m, question, language, "", question.text(), MAX_TEXT, fields, errors, changes);
      for (SurveyOption option : question.options()) {
        take(m, question, language, option, MAX_OPTION, fields, errors, changes);
      }
    }
    if (!errors.isEmpty()) {
      throw SurveyRuleViolation.of(errors);
    }
    changes.forEach(Runnable::run);
    events.publishEvent(
        new SurveyChanged(m, question.id(), staff.accountId(), SurveyChanged.QUESTION_TRANSLATED));
  }

  private void take(
      MunicipalityId m,
      Question question,
      Language language,
      SurveyOption option,
      int max,
      Map<String, String> fields,
      List<SurveyRuleViolation> errors,
      List<Runnable> changes) {
    take(m, question, language, option.value(), option.label(), max, fields, errors, changes);
  }

  /** Checks one field and, when it was sent and is fine, plans its change. */
  private void take(
      MunicipalityId m,
      Question question,
      Language language,
      String option,
      String swedish,
      int max,
      Map<String, String> fields,
      List<SurveyRuleViolation> errors,
      List<Runnable> changes) {
    String field =
        option.isEmpty()
            ? textField(language)
            : optionField(language, new SurveyOption(option, swedish));
    if (!fields.containsKey(field)) {
      return;
    }
    String text = FormText.clean(fields.get(field)).replaceAll("\\s+", " ");
    if (text.length() > max) {
      errors.add(new SurveyRuleViolation(field, "survey.error.translation.tooLong", max));
      return;
    }
    if (text.isEmpty()) {
      changes.add(() -> repository.deleteTranslation(m, question.id(), language.tag(), option));
    } else {
      QuestionTranslations.Entry entry =
          new QuestionTranslations.Entry(question.id(), language.tag(), option, text, swedish);
      changes.add(() -> repository.saveTranslation(m, entry));
    }
  }
}
