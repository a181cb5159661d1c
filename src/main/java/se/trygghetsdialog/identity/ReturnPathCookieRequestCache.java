package se.trygghetsdialog.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.web.util.WebUtils;
import se.trygghetsdialog.shared.web.PrivateCookies;

/**
 * Remembers the staff page a visitor asked for before signing in, in a short-lived cookie instead
 * of a server session: a visit to {@code /personal} without sign-in stores nothing on the server.
 * Only a path under {@code /personal} of this site is ever remembered or returned to.
 */
final class ReturnPathCookieRequestCache implements RequestCache {

  static final String COOKIE = "td-return";
  private static final int MAX_LENGTH = 1000;

  @Override
  public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
    String path = request.getRequestURI();
    String query = request.getQueryString();
    String target = query == null ? path : path + "?" + query;
    if (!"GET".equals(request.getMethod()) || !acceptable(target)) {
      return;
    }
    write(
        request,
        response,
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(target.getBytes(StandardCharsets.UTF_8)),
        300);
  }

  @Override
  public @Nullable SavedRequest getRequest(
      HttpServletRequest request, HttpServletResponse response) {
    String target = read(request);
    return target == null ? null : new SimpleSavedRequest(target);
  }

  @Override
  public @Nullable HttpServletRequest getMatchingRequest(
      HttpServletRequest request, HttpServletResponse response) {
    String target = read(request);
    int query = target == null ? -1 : target.indexOf('?');
    if (target != null
        && (query < 0 ? target : target.substring(0, query)).equals(request.getRequestURI())) {
      removeRequest(request, response);
    }
    return null;
  }

  @Override
  public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
    if (WebUtils.getCookie(request, COOKIE) != null) {
      write(request, response, "", 0);
    }
  }

  private static @Nullable String read(HttpServletRequest request) {
    Cookie cookie = WebUtils.getCookie(request, COOKIE);
    if (cookie == null || cookie.getValue() == null || cookie.getValue().isEmpty()) {
      return null;
    }
    try {
      String target =
          new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
      return acceptable(target) ? target : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean acceptable(String target) {
    return target.length() <= MAX_LENGTH
        && (target.equals("/personal") || target.startsWith("/personal/"))
        && !target.contains("\\")
        && target.chars().noneMatch(Character::isISOControl);
  }

  private static void write(
      HttpServletRequest request, HttpServletResponse response, String value, int maxAge) {
    PrivateCookies.set(request, response, COOKIE, value, "/", maxAge);
  }
}
