package se.trygghetsdialog.survey.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.UUID;
import java.util.function.BiConsumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.survey.BuildSurvey;
import se.trygghetsdialog.survey.Question;
import se.trygghetsdialog.survey.Survey;

/**
 * The survey builder: the list of surveys, a survey with its questions and rounds, adding a
 * question (of its own or from the bank), editing (a new version once answered), archiving and
 * deleting (only unanswered) questions, and opening a round.
 */
@Controller
@RequestMapping("/personal/enkater")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyStaffController {

  private final SurveyPages pages;
  private final SurveyStaffPages staffPages;
  private final BuildSurvey build;
  private final FormSubmissions forms;

  @GetMapping
  String list(MunicipalityId m, WebPage page) {
    SurveyPages.builder();
    return staffPages.list(m, SurveyForms.Create.blank(), FormErrors.none(), page);
  }

  @PostMapping
  String create(
      MunicipalityId m,
      @Valid @ModelAttribute("createSurvey") BuildSurvey.Create command,
      BindingResult binding,
      @ModelAttribute("form") SurveyForms.Create form,
      WebPage page) {
    StaffPrincipal staff = SurveyPages.builder();
    return forms.submit(
        binding,
        () ->
            page.redirect(
                "survey.notice.created", "/personal/enkater/" + build.create(m, command, staff)),
        errors -> staffPages.list(m, form, errors, page));
  }

  @GetMapping("/{id}")
  String show(MunicipalityId m, @PathVariable String id, WebPage page) {
    SurveyPages.builder();
    return staffPages.survey(m, pages.survey(m, id), null, null, FormErrors.none(), page);
  }

  @PostMapping("/{id}/fragor")
  String addQuestion(
      MunicipalityId m,
      @PathVariable String id,
      @Valid @ModelAttribute("questionInput") BuildSurvey.QuestionInput command,
      BindingResult binding,
      @ModelAttribute("form") SurveyForms.QuestionForm form,
      WebPage page) {
    StaffPrincipal staff = SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    return forms.submit(
        binding,
        () -> {
          build.addQuestion(m, survey.id(), command, staff);
          return page.redirect("survey.notice.questionAdded", "/personal/enkater/" + survey.id());
        },
        errors -> staffPages.survey(m, survey, form, null, errors, page));
  }

  @PostMapping("/{id}/fragor/bank")
  String addFromBank(
      MunicipalityId m,
      @PathVariable String id,
      @RequestParam(name = "code", defaultValue = "") String code,
      WebPage page) {
    StaffPrincipal staff = SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    build.addFromBank(m, survey.id(), code, staff);
    return page.redirect("survey.notice.questionAdded", "/personal/enkater/" + survey.id());
  }

  @GetMapping("/{id}/fragor/{questionId}")
  String editForm(
      MunicipalityId m, @PathVariable String id, @PathVariable String questionId, WebPage page) {
    SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    Question question = pages.question(m, survey, questionId);
    return staffPages.question(
        m, survey, question, SurveyForms.QuestionForm.of(question), FormErrors.none(), page);
  }

  @PostMapping("/{id}/fragor/{questionId}")
  String edit(
      MunicipalityId m,
      @PathVariable String id,
      @PathVariable String questionId,
      @Valid @ModelAttribute("questionInput") BuildSurvey.QuestionInput command,
      BindingResult binding,
      @ModelAttribute("form") SurveyForms.QuestionForm form,
      WebPage page) {
    StaffPrincipal staff = SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    Question question = pages.question(m, survey, questionId);
    return forms.submit(
        binding,
        () -> {
          build.editQuestion(m, question.id(), command, staff);
          return page.redirect("survey.notice.questionSaved", "/personal/enkater/" + survey.id());
        },
        errors -> staffPages.question(m, survey, question, form, errors, page));
  }

  @PostMapping("/{id}/fragor/{questionId}/arkivera")
  String archive(
      MunicipalityId m,
      @PathVariable String id,
      @PathVariable String questionId,
      @RequestParam(name = "archived", defaultValue = "true") boolean archived,
      WebPage page) {
    return onQuestion(
        m,
        id,
        questionId,
        "survey.notice.questionSaved",
        (question, staff) -> build.archive(m, question.id(), archived, staff),
        page);
  }

  @PostMapping("/{id}/fragor/{questionId}/otrygg-plats")
  String markUnsafePlace(
      MunicipalityId m,
      @PathVariable String id,
      @PathVariable String questionId,
      @RequestParam(name = "unsafe", defaultValue = "true") boolean unsafe,
      WebPage page) {
    return onQuestion(
        m,
        id,
        questionId,
        "survey.notice.questionSaved",
        (question, staff) -> build.markUnsafePlace(m, question.id(), unsafe, staff),
        page);
  }

  @PostMapping("/{id}/fragor/{questionId}/ta-bort")
  String delete(
      MunicipalityId m, @PathVariable String id, @PathVariable String questionId, WebPage page) {
    return onQuestion(
        m,
        id,
        questionId,
        "survey.notice.questionDeleted",
        (question, staff) -> build.delete(m, question.id(), staff),
        page);
  }

  @PostMapping("/{id}/omgangar")
  String createRound(
      MunicipalityId m,
      @PathVariable String id,
      @Valid @ModelAttribute("roundInput") BuildSurvey.RoundInput command,
      BindingResult binding,
      @ModelAttribute("roundForm") SurveyForms.RoundForm form,
      WebPage page) {
    StaffPrincipal staff = SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    return forms.submit(
        binding,
        () -> {
          UUID round = build.createRound(m, survey.id(), command, staff);
          return page.redirect(
              "survey.notice.roundCreated",
              "/personal/enkater/" + survey.id() + "/omgangar/" + round);
        },
        errors -> staffPages.survey(m, survey, null, form, errors, page));
  }

  /**
   * A button on one of the survey's questions: acts on it, then back to the survey with {@code
   * notice}, or the survey page with the refusal.
   */
  private String onQuestion(
      MunicipalityId m,
      String id,
      String questionId,
      String notice,
      BiConsumer<Question, StaffPrincipal> action,
      WebPage page) {
    StaffPrincipal staff = SurveyPages.builder();
    Survey survey = pages.survey(m, id);
    Question question = pages.question(m, survey, questionId);
    return forms.submit(
        new MapBindingResult(new HashMap<>(), "question"),
        () -> {
          action.accept(question, staff);
          return page.redirect(notice, "/personal/enkater/" + survey.id());
        },
        errors -> staffPages.survey(m, survey, null, null, errors, page));
  }
}
