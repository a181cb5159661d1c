package se.trygghetsdialog.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Renders every error as a page in the user's language. Only 400, 403, 404 and 500 have their own
 * texts (plus a few common 4xx, and 503 for a municipality that is not in use, marked {@link
 * #CLOSED}); no exception detail or stack trace ever reaches the browser.
 */
@Controller
class ErrorPageController implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

  @RequestMapping("/error")
  String error(HttpServletRequest request, HttpServletResponse response, Model model) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value ? value : 500;
    Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (status >= 500 && exception instanceof Throwable failure) {
      log.error(
          "Request to {} failed",
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          failure);
    }
    response.setStatus(status);
    model.addAttribute("status", status);
    boolean closed =
        status == 503
            && Tenants.CLOSED.equals(request.getAttribute(RequestDispatcher.ERROR_MESSAGE));
    model.addAttribute("messageKey", "error." + (closed ? "503" : textFor(status)));
    return "shared/error";
  }

  static String textFor(int status) {
    return switch (status) {
      case 400, 403, 404, 405, 409, 413, 429 -> String.valueOf(status);
      default -> status >= 500 ? "500" : "400";
    };
  }
}
