package se.trygghetsdialog.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The two sign-in pages, one form: the staff page of a municipality and the platform operator's
 * page, on every host name of the install. The POSTs are handled by Spring Security's form login
 * (the operator's by the operator chain).
 */
@Controller
class SignInController {

  static final String STAFF = "/logga-in";
  static final String OPERATOR = "/plattform/logga-in";

  @GetMapping(STAFF)
  String signIn(
      @RequestParam(name = "fel", required = false) @Nullable String failed,
      @RequestParam(name = "vanta", required = false) @Nullable String throttled,
      Model model) {
    return page(STAFF, "identity.signIn.title", "identity.signIn.intro", failed, throttled, model);
  }

  @GetMapping(OPERATOR)
  String operatorSignIn(
      @RequestParam(name = "fel", required = false) @Nullable String failed,
      @RequestParam(name = "vanta", required = false) @Nullable String throttled,
      Model model) {
    return page(
        OPERATOR,
        "identity.operatorSignIn.title",
        "identity.operatorSignIn.intro",
        failed,
        throttled,
        model);
  }

  private static String page(
      String action,
      String titleKey,
      String introKey,
      @Nullable String failed,
      @Nullable String throttled,
      Model model) {
    model.addAttribute("errorKey", errorKey(failed, throttled));
    model.addAttribute("action", action);
    model.addAttribute("titleKey", titleKey);
    model.addAttribute("introKey", introKey);
    return "identity/signIn";
  }

  /** The message of a sign-in page: must wait, failed, or none. */
  static String errorKey(@Nullable String failed, @Nullable String throttled) {
    return throttled != null
        ? "identity.signIn.throttled"
        : failed != null ? "identity.signIn.failed" : "";
  }
}
