package se.trygghetsdialog.identity.web;

import jakarta.validation.Valid;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.InviteStaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Notices;

/** Administrators' page for inviting a staff member. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StaffInviteController {

  private final InviteStaffMember inviteStaffMember;
  private final StaffAdminPages pages;
  private final FormSubmissions forms;

  @GetMapping("/personal/admin/anvandare/bjud-in")
  String inviteForm(MunicipalityId municipality, Model model, Locale locale) {
    pages.requireInviter();
    StaffAdminPages.InviteForm empty = StaffAdminPages.InviteForm.empty();
    return pages.inviteView(municipality, empty, FormErrors.none(), model, locale);
  }

  @PostMapping("/personal/admin/anvandare/bjud-in")
  String invite(
      Tenant tenant,
      @Valid @ModelAttribute("inviteStaffMember") InviteStaffMember.Command command,
      BindingResult binding,
      @ModelAttribute("form") StaffAdminPages.InviteForm form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    StaffPrincipal person = pages.requireInviter();
    return forms.submit(
        binding,
        () -> {
          inviteStaffMember.invite(tenant, command, person.accountId(), locale);
          return Notices.redirect(redirect, "identity.invite.sent", "/personal/admin/anvandare");
        },
        errors -> pages.inviteView(tenant.id(), form, errors, model, locale));
  }
}
