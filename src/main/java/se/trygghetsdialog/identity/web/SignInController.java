package se.trygghetsdialog.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffIdpSettings;
import se.trygghetsdialog.identity.StaffIdps;
import se.trygghetsdialog.shared.Tenant;

/**
 * The two sign-in pages, one form: the staff page of a municipality and the platform operator's
 * page, on every host name of the install. The POSTs are handled by Spring Security's form login
 * (the operator's by the operator chain). A municipality with its own identity provider gets a
 * button for it on the staff page, and only that button once password sign-in is switched off.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignInController {

  static final String STAFF = "/logga-in";
  static final String OPERATOR = "/plattform/logga-in";

  /** The reasons the refusal page of a sign-in through the identity provider explains. */
  static final Set<String> REASONS =
      Set.of(
          "unknown_account",
          "email_not_verified",
          "no_email",
          "account_disabled",
          "foreign_registration");

  private final StaffIdps idps;

  @GetMapping(STAFF)
  String signIn(
      Tenant tenant,
      @RequestParam(name = "fel", required = false) @Nullable String failed,
      @RequestParam(name = "vanta", required = false) @Nullable String throttled,
      @RequestParam(name = "losenord-av", required = false) @Nullable String switchedOff,
      Model model) {
    StaffIdpSettings idp = idps.settings(tenant.id()).orElse(null);
    model.addAttribute(
        "idpUrl", idp == null ? "" : "/oauth2/authorization/" + idp.registrationId());
    model.addAttribute("idpOwner", genitive(tenant.name()));
    model.addAttribute("passwordSignIn", idp == null || idp.passwordSignIn());
    String view =
        page(STAFF, "identity.signIn.title", "identity.signIn.intro", failed, throttled, model);
    if (switchedOff != null) {
      model.addAttribute("errorKey", "identity.signIn.passwordOff");
    }
    return view;
  }

  @GetMapping(OPERATOR)
  String operatorSignIn(
      @RequestParam(name = "fel", required = false) @Nullable String failed,
      @RequestParam(name = "vanta", required = false) @Nullable String throttled,
      Model model) {
    model.addAttribute("idpUrl", "");
    model.addAttribute("idpOwner", "");
    model.addAttribute("passwordSignIn", true);
    return page(
        OPERATOR,
        "identity.operatorSignIn.title",
        "identity.operatorSignIn.intro",
        failed,
        throttled,
        model);
  }

  /**
   * Why a sign-in through the municipality's identity provider was refused; nothing was created.
   */
  @GetMapping(STAFF + "/nekad")
  String refused(
      @RequestParam(name = "skal", required = false) @Nullable String reason,
      HttpServletResponse response,
      Model model) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    String known = reason != null && REASONS.contains(reason) ? reason : "failed";
    model.addAttribute("reasonKey", "identity.idpRefused." + known);
    return "identity/idpRefused";
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

  /** The Swedish genitive of a name: an s added unless it already ends in s, x or z. */
  static String genitive(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") ? name : name + "s";
  }

  /** The message of a sign-in page: must wait, failed, or none. */
  static String errorKey(@Nullable String failed, @Nullable String throttled) {
    return throttled != null
        ? "identity.signIn.throttled"
        : failed != null ? "identity.signIn.failed" : "";
  }
}
