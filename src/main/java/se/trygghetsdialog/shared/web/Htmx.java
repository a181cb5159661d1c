package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx enhances the same URLs: a request from htmx gets only the fragment it swaps in. */
public final class Htmx {
  private Htmx() {}

  public static boolean isHtmx(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"))
        && !"true".equals(request.getHeader("HX-History-Restore-Request"));
  }
}
