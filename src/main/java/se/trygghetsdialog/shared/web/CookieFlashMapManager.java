package se.trygghetsdialog.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;
import se.trygghetsdialog.shared.ServerSecret;

/**
 * Flash attributes (the notice or receipt link shown once after a redirect) travel in a sealed
 * cookie, encrypted and authenticated with the {@link ServerSecret}, instead of the server session:
 * a resident who sends a form stores no session. Attributes that are not text (a staff page's list
 * of warnings) fall back to the session, as Spring keeps them by default.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class CookieFlashMapManager extends AbstractFlashMapManager {

  static final String COOKIE = "td-flash";
  private static final String PURPOSE = "flash-cookie";

  /**
   * Browsers keep cookies of up to 4096 bytes; text beyond this loses its oldest maps, flash maps
   * with other values go to the session.
   */
  private static final int MAX_COOKIE = 3500;

  private final ServerSecret secret;
  private final SessionStore session = new SessionStore();

  @Override
  protected @Nullable List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
    List<FlashMap> maps = new ArrayList<>();
    Cookie cookie = WebUtils.getCookie(request, COOKIE);
    if (cookie != null) {
      secret.unseal(PURPOSE, cookie.getValue()).ifPresent(text -> maps.addAll(decode(text)));
    }
    if (request.getSession(false) != null) {
      List<FlashMap> stored = session.load(request);
      if (stored != null) {
        maps.addAll(stored);
      }
    }
    return maps;
  }

  @Override
  protected void updateFlashMaps(
      List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
    boolean textOnly = flashMaps.stream().allMatch(CookieFlashMapManager::textOnly);
    String sealed = "";
    if (textOnly) {
      // Text always travels in the cookie, never in a session: a resident who sends form after
      // form without opening the pages they are sent to (other tabs, a script) would otherwise get
      // a session, and the CSRF token bound to it would refuse every form they had open. When the
      // maps outgrow the cookie the oldest go: the newest notice is the one that matters.
      List<FlashMap> kept = new ArrayList<>(flashMaps);
      while (!kept.isEmpty()) {
        sealed = secret.seal(PURPOSE, encode(kept));
        if (sealed.length() <= MAX_COOKIE) {
          break;
        }
        kept.remove(0);
        sealed = "";
      }
    }
    // Only a single map too large for any cookie still goes to the session.
    if (textOnly && (!sealed.isEmpty() || flashMaps.isEmpty())) {
      if (!sealed.isEmpty() || WebUtils.getCookie(request, COOKIE) != null) {
        write(request, response, sealed);
      }
      if (request.getSession(false) != null) {
        session.store(List.of(), request, response);
      }
    } else {
      if (WebUtils.getCookie(request, COOKIE) != null) {
        write(request, response, "");
      }
      session.store(flashMaps, request, response);
    }
  }

  @Override
  protected @Nullable Object getFlashMapsMutex(HttpServletRequest request) {
    return null;
  }

  /** Spring's session store, for flash maps that cannot travel in the cookie. */
  private static final class SessionStore extends SessionFlashMapManager {

    @Nullable List<FlashMap> load(HttpServletRequest request) {
      return retrieveFlashMaps(request);
    }

    void store(List<FlashMap> maps, HttpServletRequest request, HttpServletResponse response) {
      updateFlashMaps(maps, request, response);
    }
  }

  private static boolean textOnly(FlashMap map) {
    return map.values().stream().allMatch(v -> v instanceof String);
  }

  private static void write(
      HttpServletRequest request, HttpServletResponse response, String value) {
    PrivateCookies.set(request, response, COOKIE, value, "/", value.isEmpty() ? 0 : 180);
  }

  // One flash map per line: path, expiry, then the target parameters and the attributes, each as
  // an URL-encoded name=value pair, separated by &.
  private static String encode(List<FlashMap> maps) {
    StringBuilder text = new StringBuilder();
    for (FlashMap map : maps) {
      text.append(enc(map.getTargetRequestPath() == null ? "" : map.getTargetRequestPath()))
          .append('&')
          .append(map.getExpirationTime());
      map.getTargetRequestParams()
          .forEach(
              (name, values) ->
                  values.forEach(
                      v -> text.append("&p.").append(enc(name)).append('=').append(enc(v))));
      for (Map.Entry<String, Object> attribute : map.entrySet()) {
        text.append("&a.")
            .append(enc(attribute.getKey()))
            .append('=')
            .append(enc((String) attribute.getValue()));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static List<FlashMap> decode(String text) {
    List<FlashMap> maps = new ArrayList<>();
    try {
      for (String line : text.split("\n")) {
        if (line.isEmpty()) {
          continue;
        }
        String[] fields = line.split("&", -1);
        FlashMap map = new FlashMap();
        String path = dec(fields[0]);
        if (!path.isEmpty()) {
          map.setTargetRequestPath(path);
        }
        long expiry = Long.parseLong(fields[1]);
        for (int i = 2; i < fields.length; i++) {
          int eq = fields[i].indexOf('=');
          String name = dec(fields[i].substring(2, eq));
          String value = dec(fields[i].substring(eq + 1));
          if (fields[i].startsWith("p.")) {
            map.addTargetRequestParam(name, value);
          } else {
            map.put(name, value);
          }
        }
        map.setExpirationTime(expiry);
        maps.add(map);
      }
      return maps;
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String dec(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
