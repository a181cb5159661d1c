package se.trygghetsdialog.survey.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Language;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.survey.Question;
import se.trygghetsdialog.survey.QuestionTranslations;
import se.trygghetsdialog.survey.Survey;
import se.trygghetsdialog.survey.SurveyOption;
import se.trygghetsdialog.survey.Surveys;
import se.trygghetsdialog.survey.TranslateQuestion;

/**
 * Staff translate a question's text and options into the languages residents may choose besides
 * Swedish. Translating makes no new version.
 */
@Controller
@RequestMapping("/personal/enkater/{id}/fragor/{questionId}/oversattning")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyTranslationController {

  private final SurveyPages pages;
  private final Surveys surveys;
  private final TranslateQuestion translate;
  private final FormSubmissions forms;

  @GetMapping
  String form(
      MunicipalityId m, @PathVariable String id, @PathVariable String questionId, WebPage page) {
    SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    return show(
        m, survey, pages.question(m, survey, questionId), Map.of(), FormErrors.none(), page);
  }

  @PostMapping
  String save(
      MunicipalityId m,
      @PathVariable String id,
      @PathVariable String questionId,
      @RequestParam MultiValueMap<String, String> params,
      WebPage page) {
    StaffPrincipal staff = SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    Question question = pages.question(m, survey, questionId);
    Map<String, String> typed = new HashMap<>();
    params.forEach(
        (name, values) -> {
          if (!values.isEmpty() && (name.startsWith("text-") || name.startsWith("option-"))) {
            typed.put(name, values.get(0));
          }
        });
    return forms.submit(
        new MapBindingResult(new HashMap<>(), "translation"),
        () -> {
          translate.translate(m, question.id(), typed, staff);
          return page.redirect("survey.notice.translated", "/personal/enkater/" + survey.id());
        },
        errors -> show(m, survey, question, typed, errors, page));
  }

  private String show(
      MunicipalityId m,
      Survey survey,
      Question question,
      Map<String, String> typed,
      FormErrors errors,
      WebPage page) {
    QuestionTranslations translations = surveys.translations(m, List.of(question));
    List<TranslationFields> languages = new ArrayList<>();
    for (Language language : QuestionTranslations.languages()) {
      TranslationFields.Field text =
          field(
              translations,
              question,
              language,
              "",
              question.text(),
              TranslateQuestion.textField(language),
              typed);
      List<TranslationFields.Field> options = new ArrayList<>();
      for (SurveyOption option : question.options()) {
        options.add(
            field(
                translations,
                question,
                language,
                option.value(),
                option.label(),
                TranslateQuestion.optionField(language, option),
                typed));
      }
      languages.add(new TranslationFields(language, text, options));
    }
    page.add("survey", survey)
        .add("question", question)
        .add("languages", languages)
        .add("errors", errors);
    return "survey/staff/translation";
  }

  private static TranslationFields.Field field(
      QuestionTranslations translations,
      Question question,
      Language language,
      String option,
      String swedish,
      String name,
      Map<String, String> typed) {
    var stored = translations.entry(question.id(), language, option);
    String value = typed.containsKey(name) ? typed.get(name) : stored.map(e -> e.text()).orElse("");
    boolean outdated = stored.isPresent() && !stored.get().translates(swedish);
    return new TranslationFields.Field(name, swedish, value, outdated);
  }
}
