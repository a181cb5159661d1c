package se.trygghetsdialog.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.util.WebUtils;
import se.trygghetsdialog.shared.SecretTokens;
import se.trygghetsdialog.shared.ServerSecret;
import se.trygghetsdialog.shared.web.PrivateCookies;

/**
 * Keeps the CSRF token in a signed, HttpOnly cookie instead of the server session, so that a
 * resident who opens a form stores nothing on the server. The signature covers the token and, once
 * a staff member is signed in, the session id: a token from another browser or from before the
 * sign-in is refused, and a cookie the server did not sign is ignored.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SignedCookieCsrfTokenRepository implements CsrfTokenRepository {

  static final String COOKIE = "td-csrf";
  private static final String PURPOSE = "csrf-cookie";
  private static final String PARAMETER = "_csrf";
  private static final String HEADER = "X-CSRF-TOKEN";

  private final ServerSecret secret;

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    return new DefaultCsrfToken(HEADER, PARAMETER, SecretTokens.newToken());
  }

  @Override
  public void saveToken(
      @Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    String value =
        token == null
            ? ""
            : token.getToken() + "." + secret.sign(PURPOSE, bound(request, token.getToken()));
    PrivateCookies.set(request, response, COOKIE, value, path(request), token == null ? 0 : -1);
  }

  @Override
  public @Nullable CsrfToken loadToken(HttpServletRequest request) {
    Cookie cookie = WebUtils.getCookie(request, COOKIE);
    if (cookie == null || cookie.getValue() == null) {
      return null;
    }
    String value = cookie.getValue();
    int dot = value.lastIndexOf('.');
    if (dot <= 0) {
      return null;
    }
    String token = value.substring(0, dot);
    if (!SecretTokens.wellFormed(token)
        || !secret.verify(PURPOSE, bound(request, token), value.substring(dot + 1))) {
      return null;
    }
    return new DefaultCsrfToken(HEADER, PARAMETER, token);
  }

  /** The token bound to the session of a signed-in staff member; residents have none. */
  private static String bound(HttpServletRequest request, String token) {
    HttpSession session = request.getSession(false);
    return (session == null ? "" : session.getId()) + "|" + token;
  }

  private static String path(HttpServletRequest request) {
    String context = request.getContextPath();
    return context == null || context.isEmpty() ? "/" : context;
  }
}
