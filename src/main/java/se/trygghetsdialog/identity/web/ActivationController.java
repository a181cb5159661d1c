package se.trygghetsdialog.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.AcceptInvitation;
import se.trygghetsdialog.identity.AcceptInvitation.TokenState;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Notices;

/**
 * The page an invited staff member reaches from the mail, to choose a password. An invitation that
 * is unknown answers 404, one used or expired 410.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActivationController {

  private final AcceptInvitation acceptInvitation;
  private final FormSubmissions forms;

  @GetMapping("/konto/aktivera/{token}")
  String form(
      MunicipalityId municipality,
      @PathVariable String token,
      Model model,
      HttpServletResponse response) {
    Optional<StaffMember> invitee = acceptInvitation.invitee(municipality, token);
    if (invitee.isEmpty()) {
      return invalid(municipality, token, model, response);
    }
    return view(invitee.get(), token, FormErrors.none(), model);
  }

  /** The password rules need the invitee's address, so the action checks them. */
  @PostMapping("/konto/aktivera/{token}")
  String activate(
      MunicipalityId municipality,
      @PathVariable String token,
      @ModelAttribute("form") AcceptInvitation.Command command,
      BindingResult binding,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Optional<StaffMember> invitee = acceptInvitation.invitee(municipality, token);
    if (invitee.isEmpty()) {
      return invalid(municipality, token, model, response);
    }
    return forms.submit(
        binding,
        () -> {
          if (!acceptInvitation.accept(municipality, token, command)) {
            return invalid(municipality, token, model, response);
          }
          return Notices.redirect(redirect, "identity.activate.done", "/logga-in");
        },
        errors -> view(invitee.get(), token, errors, model));
  }

  private static String view(StaffMember invitee, String token, FormErrors errors, Model model) {
    model.addAttribute("invitee", invitee);
    model.addAttribute("token", token);
    model.addAttribute("errors", errors);
    return "identity/activate";
  }

  private String invalid(
      MunicipalityId municipality, String token, Model model, HttpServletResponse response) {
    TokenState state = acceptInvitation.state(municipality, token);
    response.setStatus(
        state == TokenState.UNKNOWN
            ? HttpServletResponse.SC_NOT_FOUND
            : HttpServletResponse.SC_GONE);
    model.addAttribute("state", state);
    return "identity/invitationInvalid";
  }
}
