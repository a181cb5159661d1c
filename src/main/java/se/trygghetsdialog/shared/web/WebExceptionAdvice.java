package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.trygghetsdialog.shared.NotFoundException;

/** Maps domain exceptions that mean "bad request" or "not found" to 4xx error pages. */
@ControllerAdvice
class WebExceptionAdvice {

  @ExceptionHandler(NotFoundException.class)
  void notFound(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value());
  }

  /**
   * A rule violation outside a form (a form's violations are shown in the form by {@link
   * FormSubmissions}), or an invalid command bound without a form to show again.
   */
  @ExceptionHandler({
    se.trygghetsdialog.shared.RuleViolation.class,
    org.springframework.validation.BindException.class,
    IllegalArgumentException.class,
    org.springframework.dao.DuplicateKeyException.class
  })
  void badRequest(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.BAD_REQUEST.value());
  }
}
