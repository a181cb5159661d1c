package se.trygghetsdialog.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
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
import se.trygghetsdialog.identity.IdentityPolicy;
import se.trygghetsdialog.identity.InviteStaffMember;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffOverview;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/** Administrators' pages for staff accounts: the list, invitations and role changes. */
@Controller
class StaffAdminController {

  static final int PAGE_SIZE = 25;
  static final int MAX_EMAIL = 254;
  static final int MAX_NAME = 200;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** The invitation form as entered; never an entity. */
  record InviteForm(
      @Nullable String email,
      @Nullable String displayName,
      @Nullable List<String> roles,
      @Nullable String organisationId) {

    static InviteForm empty() {
      return new InviteForm("", "", List.of(), "");
    }
  }

  /** The roles and enabled state of one account as entered. */
  record RolesForm(@Nullable List<String> roles, @Nullable String enabled) {}

  private final StaffAccounts staff;
  private final InviteStaffMember inviteStaffMember;
  private final ChangeStaffRoles changeStaffRoles;
  private final IdentityPolicy policy;
  private final Organisations organisations;
  private final MessageSource messages;

  StaffAdminController(
      StaffAccounts staff,
      InviteStaffMember inviteStaffMember,
      ChangeStaffRoles changeStaffRoles,
      IdentityPolicy policy,
      Organisations organisations,
      MessageSource messages) {
    this.staff = staff;
    this.inviteStaffMember = inviteStaffMember;
    this.changeStaffRoles = changeStaffRoles;
    this.policy = policy;
    this.organisations = organisations;
    this.messages = messages;
  }

  @GetMapping("/personal/admin")
  String adminHome() {
    requireAdministrator();
    return "identity/adminHome";
  }

  @GetMapping("/personal/admin/anvandare")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int page,
      Model model) {
    requireAdministrator();
    Paging paging = new Paging(page, PAGE_SIZE, staff.count(municipality));
    model.addAttribute("accounts", staff.page(municipality, paging.size(), paging.offset()));
    model.addAttribute("paging", paging);
    return "identity/staffList";
  }

  @GetMapping("/personal/admin/anvandare/bjud-in")
  String inviteForm(MunicipalityId municipality, Model model, Locale locale) {
    requireInviter();
    return inviteView(municipality, InviteForm.empty(), FormErrors.none(), model, locale);
  }

  @PostMapping("/personal/admin/anvandare/bjud-in")
  String invite(
      Tenant tenant,
      @ModelAttribute("form") InviteForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal person = requireInviter();
    String email = trim(form.email());
    String name = trim(form.displayName());
    if (email.isEmpty()) {
      result.rejectValue("email", "identity.invite.error.emailRequired");
    } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
      result.rejectValue("email", "identity.invite.error.emailInvalid");
    } else if (staff.findByEmail(tenant.id(), email).isPresent()) {
      result.rejectValue("email", "identity.invite.error.emailTaken");
    }
    if (name.isEmpty()) {
      result.rejectValue("displayName", "identity.invite.error.nameRequired");
    } else if (name.length() > MAX_NAME) {
      result.rejectValue("displayName", "identity.invite.error.nameTooLong");
    }
    Set<Role> roles = roles(form.roles(), result);
    if (!result.hasFieldErrors("roles") && roles.isEmpty()) {
      result.rejectValue("roles", "identity.invite.error.rolesRequired");
    }
    UUID organisation = organisation(tenant.id(), form.organisationId(), result);
    if (result.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return inviteView(tenant.id(), form, FormErrors.of(result, messages, locale), model, locale);
    }
    try {
      inviteStaffMember.invite(
          tenant,
          new InviteStaffMember.Input(email, name, roles, organisation),
          person.accountId(),
          locale);
    } catch (InviteStaffMember.EmailAlreadyUsed | org.springframework.dao.DuplicateKeyException e) {
      result.rejectValue("email", "identity.invite.error.emailTaken");
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return inviteView(tenant.id(), form, FormErrors.of(result, messages, locale), model, locale);
    }
    redirect.addFlashAttribute("notice", "identity.invite.sent");
    return "redirect:/personal/admin/anvandare";
  }

  @GetMapping("/personal/admin/anvandare/{id}")
  String edit(MunicipalityId municipality, @PathVariable UUID id, Model model, Locale locale) {
    requireAdministrator();
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
    StaffPrincipal person = requireAdministrator();
    StaffOverview account =
        staff.overview(municipality, id).orElseThrow(() -> new NotFoundException("staff account"));
    boolean enabled = !"false".equals(form.enabled());
    Set<Role> roles = roles(form.roles(), result);
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

  private String inviteView(
      MunicipalityId municipality, InviteForm form, FormErrors errors, Model model, Locale locale) {
    List<Option> organisationOptions = new ArrayList<>();
    for (Organisation organisation : organisations.all(municipality)) {
      organisationOptions.add(
          new Option(
              organisation.id().toString(),
              organisation.name(),
              organisation.id().toString().equals(form.organisationId())));
    }
    model.addAttribute("email", trim(form.email()));
    model.addAttribute("displayName", trim(form.displayName()));
    model.addAttribute("errors", errors);
    model.addAttribute("roleOptions", roleOptions(roles(form.roles(), null), locale));
    model.addAttribute("organisationOptions", organisationOptions);
    return "identity/invite";
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
    model.addAttribute("roleOptions", roleOptions(roles, locale));
    model.addAttribute(
        "enabledOptions",
        List.of(
            new Option("true", t("identity.staff.enabled.yes", locale), enabled),
            new Option("false", t("identity.staff.enabled.no", locale), !enabled)));
    return "identity/staffEdit";
  }

  private List<Option> roleOptions(Iterable<Role> chosen, Locale locale) {
    List<Option> options = new ArrayList<>();
    for (Role role : Role.values()) {
      options.add(
          new Option(
              role.name(), t("identity.role." + role.name(), locale), contains(chosen, role)));
    }
    return options;
  }

  private @Nullable UUID organisation(
      MunicipalityId municipality, @Nullable String value, BindingResult result) {
    String id = trim(value);
    if (id.isEmpty()) {
      return null;
    }
    try {
      UUID uuid = UUID.fromString(id);
      if (organisations.find(municipality, uuid).isPresent()) {
        return uuid;
      }
    } catch (IllegalArgumentException e) {
      // falls through to the field error
    }
    result.rejectValue("organisationId", "identity.invite.error.organisationUnknown");
    return null;
  }

  /** The roles chosen; an unknown role name is a field error (when a result is given). */
  private static Set<Role> roles(@Nullable List<String> names, @Nullable BindingResult result) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    if (names != null) {
      for (String name : names) {
        try {
          set.add(Role.valueOf(name));
        } catch (IllegalArgumentException e) {
          if (result != null && !result.hasFieldErrors("roles")) {
            result.rejectValue("roles", "identity.invite.error.roleUnknown");
          }
        }
      }
    }
    return set;
  }

  private static boolean contains(Iterable<Role> roles, Role role) {
    for (Role chosen : roles) {
      if (chosen == role) {
        return true;
      }
    }
    return false;
  }

  private String t(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private static String trim(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  private StaffPrincipal requireAdministrator() {
    StaffPrincipal person = StaffAccounts.signedIn();
    if (!policy.mayAdminister(person)) {
      throw new org.springframework.security.access.AccessDeniedException("not administrator");
    }
    return person;
  }

  private StaffPrincipal requireInviter() {
    StaffPrincipal person = requireAdministrator();
    if (!policy.mayInvite(person)) {
      throw new org.springframework.security.access.AccessDeniedException("may not invite");
    }
    return person;
  }
}
