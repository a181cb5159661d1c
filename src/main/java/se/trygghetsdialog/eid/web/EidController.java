package se.trygghetsdialog.eid.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.WebUtils;
import se.trygghetsdialog.eid.EidRefusal;
import se.trygghetsdialog.eid.EidVerifications;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.ServerSecret;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.web.PrivateCookies;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The resident's way through the e-ID broker: a purpose's page posts to {@code
 * /e-legitimation/start}, the resident is sent to the broker, and the broker's answer arrives at
 * {@code /e-legitimation/svar}. The state is bound to the browser by a signed cookie that lives
 * only as long as the attempt; no HTTP session is made. A refusal is a page with its reason and a
 * 4xx status.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EidController {

  static final String CALLBACK = "/e-legitimation/svar";
  static final String COOKIE = "td-eid";
  private static final String COOKIE_PATH = "/e-legitimation";
  private static final String BINDING = "eid-browser";

  private final EidVerifications verifications;
  private final ServerSecret secret;

  @PostMapping("/e-legitimation/start")
  String start(
      MunicipalityId municipality,
      @RequestParam(name = "syfte", defaultValue = "") String purpose,
      @RequestParam(name = "arende", defaultValue = "") String subject,
      @RequestParam(name = "tillbaka", defaultValue = "") String returnPath,
      HttpServletRequest request,
      HttpServletResponse response,
      WebPage page) {
    URI callback =
        ServletUriComponentsBuilder.fromContextPath(request).path(CALLBACK).build().toUri();
    EidVerifications.Start start;
    try {
      start = verifications.begin(municipality, purpose, subject, returnPath, callback);
    } catch (EidRefusal refusal) {
      return refused(refusal, response, page);
    }
    PrivateCookies.set(
        request,
        response,
        COOKIE,
        start.state() + "." + secret.sign(BINDING, start.state()),
        COOKIE_PATH,
        60L * se.trygghetsdialog.eid.EidPolicy.ATTEMPT_MINUTES);
    return "redirect:" + start.brokerUri();
  }

  @GetMapping(CALLBACK)
  String answer(
      Tenant tenant,
      @RequestParam(name = "state", defaultValue = "") String state,
      @RequestParam(name = "code", required = false) @Nullable String code,
      HttpServletRequest request,
      HttpServletResponse response,
      WebPage page) {
    boolean bound = boundToThisBrowser(request, state);
    PrivateCookies.set(request, response, COOKIE, "", COOKIE_PATH, 0);
    String path;
    try {
      if (!verifications.enabled()) {
        throw new EidRefusal("eid.refused.disabled", 404);
      }
      if (!bound) {
        throw new EidRefusal("eid.refused.state", 400);
      }
      path = verifications.complete(tenant, state, code);
    } catch (EidRefusal refusal) {
      return refused(refusal, response, page);
    }
    return page.redirect("eid.notice.verified", path);
  }

  /** Whether the browser carries this installation's signature of the state it was sent with. */
  private boolean boundToThisBrowser(HttpServletRequest request, String state) {
    Cookie cookie = WebUtils.getCookie(request, COOKIE);
    if (state.isEmpty() || state.length() > 200 || cookie == null || cookie.getValue() == null) {
      return false;
    }
    String value = cookie.getValue();
    int dot = value.lastIndexOf('.');
    return dot > 0
        && value.substring(0, dot).equals(state)
        && secret.verify(BINDING, state, value.substring(dot + 1));
  }

  /** A refusal: a page with its reason and a 4xx status, never an error of the server. */
  private static String refused(EidRefusal refusal, HttpServletResponse response, WebPage page) {
    response.setStatus(refusal.status());
    page.add("status", refusal.status()).add("messageKey", refusal.messageKey());
    return "shared/error";
  }
}
