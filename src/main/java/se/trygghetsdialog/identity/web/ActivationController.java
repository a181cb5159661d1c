package se.trygghetsdialog.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

/** The page an invited staff member reaches from the mail, to choose a password. */
@Controller
class ActivationController {

  /** The new password as entered. */
  record ActivationForm(@Nullable String password, @Nullable String confirmation) {}

  private final AcceptInvitation acceptInvitation;
  private final MessageSource messages;

  ActivationController(AcceptInvitation acceptInvitation, MessageSource messages) {
    this.acceptInvitation = acceptInvitation;
    this.messages = messages;
  }

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

  @PostMapping("/konto/aktivera/{token}")
  String activate(
      MunicipalityId municipality,
      @PathVariable String token,
      @ModelAttribute("form") ActivationForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Optional<StaffMember> invitee = acceptInvitation.invitee(municipality, token);
    if (invitee.isEmpty()) {
      return invalid(municipality, token, model, response);
    }
    String password = form.password() == null ? "" : form.password();
    String confirmation = form.confirmation() == null ? "" : form.confirmation();
    AcceptInvitation.passwordProblem(password, invitee.get().email())
        .ifPresent(problem -> result.rejectValue("password", problem));
    if (!result.hasFieldErrors("password") && !password.equals(confirmation)) {
      result.rejectValue("confirmation", "identity.activate.error.confirmationMismatch");
    }
    if (result.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return view(invitee.get(), token, FormErrors.of(result, messages, locale), model);
    }
    if (!acceptInvitation.accept(municipality, token, password)) {
      return invalid(municipality, token, model, response);
    }
    redirect.addFlashAttribute("notice", "identity.activate.done");
    return "redirect:/logga-in";
  }

  private String view(StaffMember invitee, String token, FormErrors errors, Model model) {
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
