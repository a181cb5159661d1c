package se.trygghetsdialog.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff sign-in page; the POST is handled by Spring Security's form login. */
@Controller
class SignInController {

  @GetMapping("/logga-in")
  String signIn(
      @RequestParam(name = "fel", required = false) @Nullable String failed,
      @RequestParam(name = "vanta", required = false) @Nullable String throttled,
      Model model) {
    model.addAttribute("errorKey", errorKey(failed, throttled));
    return "identity/signIn";
  }

  /** The message of a sign-in page: must wait, failed, or none. */
  static String errorKey(@Nullable String failed, @Nullable String throttled) {
    return throttled != null
        ? "identity.signIn.throttled"
        : failed != null ? "identity.signIn.failed" : "";
  }
}
