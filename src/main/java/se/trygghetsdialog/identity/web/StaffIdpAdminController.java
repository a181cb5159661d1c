package se.trygghetsdialog.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffIdpSettings;
import se.trygghetsdialog.identity.StaffIdps;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The administrator's page for staff sign-in: the municipality's own identity provider (issuer,
 * client id, client secret, which is never shown again) and the switch for password sign-in.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StaffIdpAdminController {

  static final String PATH = "/personal/admin/inloggning";

  private final StaffIdps idps;
  private final StaffAdminPages pages;
  private final FormSubmissions forms;
  private final MessageSource messages;

  /** The identity provider form as typed; the secret is never sent back to the browser. */
  record IdpForm(@Nullable String issuerUri, @Nullable String clientId) {}

  @GetMapping(PATH)
  String settings(MunicipalityId municipality, WebPage page) {
    pages.requireAdministrator();
    Optional<StaffIdpSettings> current = idps.settings(municipality);
    IdpForm form =
        current
            .map(idp -> new IdpForm(idp.issuerUri(), idp.clientId()))
            .orElse(new IdpForm("", ""));
    return view(municipality, form, FormErrors.none(), page);
  }

  @PostMapping(PATH)
  String configure(
      MunicipalityId municipality,
      @ModelAttribute("staffIdp") StaffIdps.Command command,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal person = pages.requireAdministrator();
    IdpForm typed = new IdpForm(command.issuerUri(), command.clientId());
    return forms.submit(
        binding,
        () -> {
          idps.configure(municipality, person, command);
          return page.redirect("identity.idp.saved", PATH);
        },
        errors -> view(municipality, typed, errors, page));
  }

  /** Switches password sign-in; refused (409) while the identity provider has not worked. */
  @PostMapping(PATH + "/losenord")
  String switchPasswordSignIn(
      MunicipalityId municipality,
      @RequestParam(name = "allowed", defaultValue = "true") boolean allowed,
      HttpServletResponse response,
      WebPage page) {
    StaffPrincipal person = pages.requireAdministrator();
    Optional<String> refusal = idps.switchPasswordSignIn(municipality, person, allowed);
    if (refusal.isEmpty()) {
      return page.redirect(allowed ? "identity.idp.passwordOn" : "identity.idp.passwordOff", PATH);
    }
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    FormErrors errors =
        FormErrors.builder(messages, page.ui().locale()).add("allowed", refusal.get()).build();
    Optional<StaffIdpSettings> current = idps.settings(municipality);
    IdpForm form =
        current
            .map(idp -> new IdpForm(idp.issuerUri(), idp.clientId()))
            .orElse(new IdpForm("", ""));
    return view(municipality, form, errors, page);
  }

  private String view(MunicipalityId municipality, IdpForm form, FormErrors errors, WebPage page) {
    Optional<StaffIdpSettings> current = idps.settings(municipality);
    page.add("errors", errors);
    page.add("issuerUri", form.issuerUri() == null ? "" : form.issuerUri());
    page.add("clientId", form.clientId() == null ? "" : form.clientId());
    page.add("configured", current.isPresent());
    page.add("verified", current.map(StaffIdpSettings::verified).orElse(false));
    page.add("passwordSignIn", current.map(StaffIdpSettings::passwordSignIn).orElse(true));
    page.add("redirectPath", "/login/oauth2/code/" + StaffIdps.registrationId(municipality));
    return "identity/idpSettings";
  }
}
