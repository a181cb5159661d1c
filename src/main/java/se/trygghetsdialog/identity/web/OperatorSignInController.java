package se.trygghetsdialog.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The platform operator's sign-in page, on every host name of the install; the POST is handled by
 * the operator chain's form login.
 */
@Controller
class OperatorSignInController {

  @GetMapping("/plattform/logga-in")
  String signIn(
      @RequestParam(name = "fel", required = false) @Nullable String failed,
      @RequestParam(name = "vanta", required = false) @Nullable String throttled,
      Model model) {
    model.addAttribute("errorKey", SignInController.errorKey(failed, throttled));
    model.addAttribute("action", "/plattform/logga-in");
    model.addAttribute("titleKey", "identity.operatorSignIn.title");
    model.addAttribute("introKey", "identity.operatorSignIn.intro");
    return "identity/signIn";
  }
}
