package se.trygghetsdialog.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.ChangeStaffRoles;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffOverview;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;

/** Administrators' pages for staff accounts: the list and role changes. */
@Controller
class StaffAdminController {

  static final int PAGE_SIZE = 25;

  /** The roles and enabled state of one account as entered. */
  record RolesForm(@Nullable List<String> roles, @Nullable String enabled) {}

  private final StaffAccounts staff;
  private final ChangeStaffRoles changeStaffRoles;
  private final MessageSource messages;
  private final StaffAdminPages pages;

  StaffAdminController(
      StaffAccounts staff,
      ChangeStaffRoles changeStaffRoles,
      MessageSource messages,
      StaffAdminPages pages) {
    this.staff = staff;
    this.changeStaffRoles = changeStaffRoles;
    this.messages = messages;
    this.pages = pages;
  }

  @GetMapping("/personal/admin")
  String adminHome() {
    pages.requireAdministrator();
    return "identity/adminHome";
  }

  @GetMapping("/personal/admin/anvandare")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int page,
      Model model) {
    pages.requireAdministrator();
    Paging paging = new Paging(page, PAGE_SIZE, staff.count(municipality));
    model.addAttribute("accounts", staff.page(municipality, paging.size(), paging.offset()));
    model.addAttribute("paging", paging);
    return "identity/staffList";
  }

  @GetMapping("/personal/admin/anvandare/{id}")
  String edit(MunicipalityId municipality, @PathVariable UUID id, Model model, Locale locale) {
    pages.requireAdministrator();
    StaffOverview account =
        staff.overview(municipality, id).orElseThrow(() -> new NotFoundException("staff account"));
    return editView(
        account,
        new ArrayList<>(account.member().roles()),
        account.member().enabled(),
        FormErrors.none(),
        model,
        locale);
  }

  @PostMapping("/personal/admin/anvandare/{id}")
  String change(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @ModelAttribute("form") RolesForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal person = pages.requireAdministrator();
    StaffOverview account =
        staff.overview(municipality, id).orElseThrow(() -> new NotFoundException("staff account"));
    boolean enabled = !"false".equals(form.enabled());
    Set<Role> roles = StaffAdminPages.roles(form.roles(), result);
    if (!result.hasErrors()) {
      Optional<String> refusal = changeStaffRoles.change(municipality, person, id, roles, enabled);
      if (refusal.isEmpty()) {
        redirect.addFlashAttribute("notice", "identity.staff.saved");
        return "redirect:/personal/admin/anvandare/" + id;
      }
      result.reject(refusal.get());
      response.setStatus(HttpServletResponse.SC_CONFLICT);
    } else {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    return editView(
        account,
        new ArrayList<>(roles),
        enabled,
        FormErrors.of(result, messages, locale),
        model,
        locale);
  }

  private String editView(
      StaffOverview account,
      List<Role> roles,
      boolean enabled,
      FormErrors errors,
      Model model,
      Locale locale) {
    model.addAttribute("account", account);
    model.addAttribute("errors", errors);
    model.addAttribute("roleOptions", pages.roleOptions(roles, locale));
    model.addAttribute(
        "enabledOptions",
        List.of(
            new Option("true", pages.t("identity.staff.enabled.yes", locale), enabled),
            new Option("false", pages.t("identity.staff.enabled.no", locale), !enabled)));
    return "identity/staffEdit";
  }
}
