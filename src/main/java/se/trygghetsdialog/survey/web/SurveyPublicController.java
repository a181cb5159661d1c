package se.trygghetsdialog.survey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.survey.AnswerSurvey;
import se.trygghetsdialog.survey.Survey;
import se.trygghetsdialog.survey.SurveyAnswerErrors;
import se.trygghetsdialog.survey.SurveyRound;
import se.trygghetsdialog.survey.Surveys;

/**
 * The resident's survey pages: a round's start page (open link and code), the code page, the form
 * one page at a time (the link is the save-and-continue link), the saved page and the thanks. Works
 * without JavaScript: conditions are evaluated on the server between pages.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyPublicController {

  /** The rate-limited action of typing a code, see {@link AnonymousRateLimiter}. */
  static final String CODE_ACTION = "survey-code";

  private final Surveys surveys;
  private final AnswerSurvey answerSurvey;
  private final SurveyPages pages;
  private final AnonymousRateLimiter rateLimiter;
  private final MessageSource messages;

  @GetMapping("/enkater/{roundId}")
  String start(MunicipalityId m, @PathVariable String roundId, WebPage page) {
    SurveyRound round =
        surveys.round(m, SurveyPages.id(roundId)).orElseThrow(() -> new NotFoundException("round"));
    Survey survey =
        surveys.find(m, round.surveyId()).orElseThrow(() -> new NotFoundException("survey"));
    page.add("survey", survey)
        .add("round", round)
        .add("open", round.openOn(LocalDate.now(Ui.ZONE)));
    return "survey/start";
  }

  @PostMapping("/enkater/{roundId}/borja")
  String begin(MunicipalityId m, @PathVariable String roundId) {
    return "redirect:/enkater/svar/" + answerSurvey.startOpen(m, SurveyPages.id(roundId));
  }

  @GetMapping("/enkater/kod")
  String codeForm(@RequestParam(name = "kod", defaultValue = "") String code, WebPage page) {
    page.add("code", code.length() > 40 ? "" : code).add("errors", FormErrors.none());
    return "survey/code";
  }

  @PostMapping("/enkater/kod")
  String code(
      MunicipalityId m,
      @RequestParam(name = "kod", defaultValue = "") String code,
      HttpServletRequest request) {
    rateLimiter.require(request, CODE_ACTION);
    return "redirect:/enkater/svar/" + answerSurvey.startWithCode(m, code);
  }

  @GetMapping("/enkater/svar/{token}")
  String form(MunicipalityId m, @PathVariable String token, WebPage page) {
    return show(m, token, answerSurvey.page(m, token), Map.of(), FormErrors.none(), page);
  }

  @PostMapping("/enkater/svar/{token}")
  String answer(
      MunicipalityId m,
      @PathVariable String token,
      @RequestParam MultiValueMap<String, String> params,
      @RequestParam(name = "action", defaultValue = "next") String action,
      HttpServletResponse response,
      WebPage page) {
    try {
      return switch (answerSurvey.answer(m, token, params, action)) {
        case SAVED -> "redirect:/enkater/svar/" + token + "/sparad";
        case SENT -> "redirect:/enkater/tack";
        default -> "redirect:/enkater/svar/" + token;
      };
    } catch (SurveyAnswerErrors errors) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      FormErrors.Builder builder = FormErrors.builder(messages, page.ui().locale());
      errors.errors().forEach(builder::add);
      return show(m, token, answerSurvey.page(m, token), params, builder.build(), page);
    }
  }

  private String show(
      MunicipalityId m,
      String token,
      AnswerSurvey.Page form,
      Map<String, List<String>> typed,
      FormErrors errors,
      WebPage page) {
    List<QuestionView> views = pages.views(m, form.questions(), form.answers(), typed, page.ui());
    page.add("form", form)
        .add("token", token)
        .add("questions", views)
        .add("map", pages.map(m))
        .add("hasMap", views.stream().anyMatch(QuestionView::map))
        .add("errors", errors);
    return "survey/page";
  }

  @GetMapping("/enkater/svar/{token}/sparad")
  String saved(MunicipalityId m, @PathVariable String token, WebPage page) {
    AnswerSurvey.Page form = answerSurvey.page(m, token);
    page.add("survey", form.survey()).add("round", form.round()).add("token", token);
    return "survey/saved";
  }

  @GetMapping("/enkater/tack")
  String thanks() {
    return "survey/thanks";
  }

  /** A fresh paper-entry id, exposed for the staff controller's form. */
  static String entryId() {
    return UUID.randomUUID().toString();
  }
}
