package se.trygghetsdialog.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The platform operator's sign-in page, on every host name of the install; the POST is handled by
 * the operator chain's form login.
 */
@Controller
class OperatorSignInController {

  @GetMapping("/plattform/logga-in")
  String signIn(
      @RequestParam(name = "fel", required = false) @Nullable String failed, WebPage page) {
    page.add("errorKey", failed != null ? "identity.signIn.failed" : "");
    page.add("action", "/plattform/logga-in");
    page.add("titleKey", "identity.operatorSignIn.title");
    page.add("introKey", "identity.operatorSignIn.intro");
    return "identity/signIn";
  }
}
