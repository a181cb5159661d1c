package se.trygghetsdialog.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.shared.web.WebPage;

/** The staff sign-in page; the POST is handled by Spring Security's form login. */
@Controller
class SignInController {

  @GetMapping("/logga-in")
  String signIn(
      @RequestParam(name = "fel", required = false) @Nullable String failed,
      @RequestParam(name = "vanta", required = false) @Nullable String throttled,
      WebPage page) {
    String error =
        throttled != null
            ? "identity.signIn.throttled"
            : failed != null ? "identity.signIn.failed" : "";
    page.add("errorKey", error);
    return "identity/signIn";
  }
}
