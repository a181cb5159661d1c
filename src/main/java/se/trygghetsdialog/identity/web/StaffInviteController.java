package se.trygghetsdialog.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.InviteStaffMember;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/** Administrators' page for inviting a staff member. */
@Controller
class StaffInviteController {

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

  private final StaffAccounts staff;
  private final InviteStaffMember inviteStaffMember;
  private final Organisations organisations;
  private final MessageSource messages;
  private final StaffAdminPages pages;

  StaffInviteController(
      StaffAccounts staff,
      InviteStaffMember inviteStaffMember,
      Organisations organisations,
      MessageSource messages,
      StaffAdminPages pages) {
    this.staff = staff;
    this.inviteStaffMember = inviteStaffMember;
    this.organisations = organisations;
    this.messages = messages;
    this.pages = pages;
  }

  @GetMapping("/personal/admin/anvandare/bjud-in")
  String inviteForm(MunicipalityId municipality, Model model, Locale locale) {
    pages.requireInviter();
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
    StaffPrincipal person = pages.requireInviter();
    String email = StaffAdminPages.trim(form.email());
    String name = StaffAdminPages.trim(form.displayName());
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
    Set<Role> roles = StaffAdminPages.roles(form.roles(), result);
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
    model.addAttribute("email", StaffAdminPages.trim(form.email()));
    model.addAttribute("displayName", StaffAdminPages.trim(form.displayName()));
    model.addAttribute("errors", errors);
    model.addAttribute(
        "roleOptions", pages.roleOptions(StaffAdminPages.roles(form.roles(), null), locale));
    model.addAttribute("organisationOptions", organisationOptions);
    return "identity/invite";
  }

  private @Nullable UUID organisation(
      MunicipalityId municipality, @Nullable String value, BindingResult result) {
    String id = StaffAdminPages.trim(value);
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
}
