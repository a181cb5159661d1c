package se.trygghetsdialog.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.ChangeStaffRoles;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffOverview;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.WebPage;

/** Administrators' pages for staff accounts: the list and role changes. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StaffAdminController {

  static final int PAGE_SIZE = 25;

  private final StaffAccounts staff;
  private final ChangeStaffRoles changeStaffRoles;
  private final StaffAdminPages pages;
  private final FormSubmissions forms;

  @GetMapping("/personal/admin")
  String adminHome() {
    pages.requireAdministrator();
    return "identity/adminHome";
  }

  @GetMapping("/personal/admin/anvandare")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int requested,
      WebPage page) {
    pages.requireAdministrator();
    Paging paging = new Paging(requested, PAGE_SIZE, staff.count(municipality));
    page.add("accounts", staff.page(municipality, paging.size(), paging.offset()));
    page.add("paging", paging);
    return "identity/staffList";
  }

  @GetMapping("/personal/admin/anvandare/{id}")
  String edit(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    pages.requireAdministrator();
    StaffOverview account =
        staff.overview(municipality, id).orElseThrow(() -> new NotFoundException("staff account"));
    return pages.editView(
        account, account.member().roles(), account.member().enabled(), FormErrors.none(), page);
  }

  /** A change the policy refuses (an administrator's own role or account) answers 409. */
  @PostMapping("/personal/admin/anvandare/{id}")
  String change(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @ModelAttribute("changeStaffRoles") ChangeStaffRoles.Command command,
      BindingResult binding,
      @ModelAttribute("form") StaffAdminPages.RolesForm form,
      HttpServletResponse response,
      WebPage page) {
    StaffPrincipal person = pages.requireAdministrator();
    StaffOverview account =
        staff.overview(municipality, id).orElseThrow(() -> new NotFoundException("staff account"));
    var typedRoles = StaffAdminPages.roles(form.roles(), null);
    return forms.submit(
        binding,
        () -> {
          Optional<String> refusal = changeStaffRoles.change(municipality, person, id, command);
          if (refusal.isEmpty()) {
            return page.redirect("identity.staff.saved", "/personal/admin/anvandare/" + id);
          }
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          FormErrors errors = pages.refusal(refusal.get(), page.ui().locale());
          return pages.editView(account, typedRoles, form.enable(), errors, page);
        },
        errors -> pages.editView(account, typedRoles, form.enable(), errors, page));
  }
}
