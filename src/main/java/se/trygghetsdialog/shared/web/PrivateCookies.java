package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The one way the application sets a cookie of its own that scripts must not read: HttpOnly,
 * SameSite=Lax, and Secure when the request arrived over HTTPS (directly or through a trusted
 * proxy). An empty value with max age 0 removes the cookie.
 */
public final class PrivateCookies {

  private PrivateCookies() {}

  /**
   * @param maxAgeSeconds 0 removes the cookie, a negative value makes it last the browser session
   */
  public static void set(
      HttpServletRequest request,
      HttpServletResponse response,
      String name,
      String value,
      String path,
      long maxAgeSeconds) {
    response.addHeader(
        HttpHeaders.SET_COOKIE,
        ResponseCookie.from(name, value)
            .path(path)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .maxAge(maxAgeSeconds)
            .build()
            .toString());
  }
}
