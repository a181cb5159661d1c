package se.trygghetsdialog.survey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.survey.SurveyRefused;

/**
 * A request the survey refuses outside a form (a closed round, a used or unknown code, a tampered
 * question): a page that says why, with the refusal's 4xx status. The handler forwards to a page of
 * its own so that the page gets the usual page model.
 */
@ControllerAdvice(assignableTypes = {SurveyPublicController.class, SurveyRoundController.class})
class SurveyRefusedAdvice {

  static final String STATUS = SurveyRefusedAdvice.class.getName() + ".status";
  static final String KEY = SurveyRefusedAdvice.class.getName() + ".key";

  @ExceptionHandler(SurveyRefused.class)
  String refused(SurveyRefused refused, HttpServletRequest request, HttpServletResponse response) {
    request.setAttribute(STATUS, refused.status());
    request.setAttribute(KEY, refused.messageKey());
    response.setStatus(refused.status());
    return "forward:/enkater/avvisad";
  }

  /** The page of a refusal; reached only by the forward above. */
  @Controller
  static class RefusedPage {

    @RequestMapping("/enkater/avvisad")
    String show(HttpServletRequest request, HttpServletResponse response, WebPage page) {
      if (!(request.getAttribute(STATUS) instanceof Integer status)
          || !(request.getAttribute(KEY) instanceof String key)) {
        throw new NotFoundException("refusal");
      }
      response.setStatus(status);
      page.add("messageKey", key);
      return "survey/refused";
    }
  }
}
