package se.trygghetsdialog.identity.web;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.identity.InviteStaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Administrators' page for inviting a staff member. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StaffInviteController {

  private final InviteStaffMember inviteStaffMember;
  private final StaffAdminPages pages;
  private final FormSubmissions forms;

  @GetMapping("/personal/admin/anvandare/bjud-in")
  String inviteForm(MunicipalityId municipality, WebPage page) {
    pages.requireInviter();
    StaffAdminPages.InviteForm empty = StaffAdminPages.InviteForm.empty();
    return pages.inviteView(municipality, empty, FormErrors.none(), page);
  }

  @PostMapping("/personal/admin/anvandare/bjud-in")
  String invite(
      Tenant tenant,
      @Valid @ModelAttribute("inviteStaffMember") InviteStaffMember.Command command,
      BindingResult binding,
      @ModelAttribute("form") StaffAdminPages.InviteForm form,
      WebPage page) {
    StaffPrincipal person = pages.requireInviter();
    return forms.submit(
        binding,
        () -> {
          inviteStaffMember.invite(tenant, command, person.accountId(), page.ui().locale());
          return page.redirect("identity.invite.sent", "/personal/admin/anvandare");
        },
        errors -> pages.inviteView(tenant.id(), form, errors, page));
  }
}
