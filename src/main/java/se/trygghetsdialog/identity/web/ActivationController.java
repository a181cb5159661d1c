package se.trygghetsdialog.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.identity.AcceptInvitation;
import se.trygghetsdialog.identity.AcceptInvitation.TokenState;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

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
      HttpServletResponse response,
      WebPage page) {
    Optional<StaffMember> invitee = acceptInvitation.invitee(municipality, token);
    if (invitee.isEmpty()) {
      return invalid(municipality, token, response, page);
    }
    return view(invitee.get(), token, FormErrors.none(), page);
  }

  /** The password rules need the invitee's address, so the action checks them. */
  @PostMapping("/konto/aktivera/{token}")
  String activate(
      MunicipalityId municipality,
      @PathVariable String token,
      @ModelAttribute("form") AcceptInvitation.Command command,
      BindingResult binding,
      HttpServletResponse response,
      WebPage page) {
    Optional<StaffMember> invitee = acceptInvitation.invitee(municipality, token);
    if (invitee.isEmpty()) {
      return invalid(municipality, token, response, page);
    }
    return forms.submit(
        binding,
        () -> {
          if (!acceptInvitation.accept(municipality, token, command)) {
            return invalid(municipality, token, response, page);
          }
          return page.redirect("identity.activate.done", "/logga-in");
        },
        errors -> view(invitee.get(), token, errors, page));
  }

  private static String view(StaffMember invitee, String token, FormErrors errors, WebPage page) {
    page.add("invitee", invitee);
    page.add("token", token);
    page.add("errors", errors);
    return "identity/activate";
  }

  private String invalid(
      MunicipalityId municipality, String token, HttpServletResponse response, WebPage page) {
    TokenState state = acceptInvitation.state(municipality, token);
    response.setStatus(
        state == TokenState.UNKNOWN
            ? HttpServletResponse.SC_NOT_FOUND
            : HttpServletResponse.SC_GONE);
    page.add("state", state);
    return "identity/invitationInvalid";
  }
}
