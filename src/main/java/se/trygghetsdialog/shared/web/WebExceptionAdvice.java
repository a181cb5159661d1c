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

  @ExceptionHandler({
    IllegalArgumentException.class,
    org.springframework.dao.DuplicateKeyException.class
  })
  void badRequest(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.BAD_REQUEST.value());
  }
}
