package se.trygghetsdialog.identity.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import se.trygghetsdialog.identity.IdentityPolicy;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffOverview;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/** Shared by the staff administration pages: access checks, role options and form helpers. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StaffAdminPages {

  private final IdentityPolicy policy;
  private final MessageSource messages;
  private final Organisations organisations;

  /** The roles form of one account, as typed. */
  record RolesForm(@Nullable List<String> roles, @Nullable String enabled) {
    boolean enable() {
      return !"false".equals(enabled);
    }
  }

  /** The invitation form as typed; never an entity. */
  record InviteForm(
      @Nullable String email,
      @Nullable String displayName,
      @Nullable List<String> roles,
      @Nullable String organisationId) {

    static InviteForm empty() {
      return new InviteForm("", "", List.of(), "");
    }
  }

  String editView(
      StaffOverview account,
      Iterable<Role> roles,
      boolean enabled,
      FormErrors errors,
      WebPage page) {
    Locale locale = page.ui().locale();
    page.add("account", account);
    page.add("errors", errors);
    page.add("roleOptions", roleOptions(roles, locale));
    page.add(
        "enabledOptions",
        List.of(
            new Option("true", t("identity.staff.enabled.yes", locale), enabled),
            new Option("false", t("identity.staff.enabled.no", locale), !enabled)));
    return "identity/staffEdit";
  }

  /** The edit page again after a refusal: the policy's reason as an error on the whole form. */
  FormErrors refusal(String messageKey, Locale locale) {
    return FormErrors.builder(messages, locale).add("", messageKey).build();
  }

  String inviteView(MunicipalityId municipality, InviteForm form, FormErrors errors, WebPage page) {
    List<Option> organisationOptions = new ArrayList<>();
    for (Organisation organisation : organisations.all(municipality)) {
      organisationOptions.add(
          new Option(
              organisation.id().toString(),
              organisation.name(),
              organisation.id().toString().equals(form.organisationId())));
    }
    page.add("email", trim(form.email()));
    page.add("displayName", trim(form.displayName()));
    page.add("errors", errors);
    page.add("roleOptions", roleOptions(roles(form.roles(), null), page.ui().locale()));
    page.add("organisationOptions", organisationOptions);
    return "identity/invite";
  }

  List<Option> roleOptions(Iterable<Role> chosen, Locale locale) {
    List<Option> options = new ArrayList<>();
    for (Role role : Role.values()) {
      options.add(
          new Option(
              role.name(), t("identity.role." + role.name(), locale), contains(chosen, role)));
    }
    return options;
  }

  /** The roles chosen; an unknown role name is a field error (when a result is given). */
  static Set<Role> roles(@Nullable List<String> names, @Nullable BindingResult result) {
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

  String t(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  static String trim(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  StaffPrincipal requireAdministrator() {
    StaffPrincipal person = StaffAccounts.signedIn();
    if (!policy.mayAdminister(person)) {
      throw new org.springframework.security.access.AccessDeniedException("not administrator");
    }
    return person;
  }

  StaffPrincipal requireInviter() {
    StaffPrincipal person = requireAdministrator();
    if (!policy.mayInvite(person)) {
      throw new org.springframework.security.access.AccessDeniedException("may not invite");
    }
    return person;
  }
}
