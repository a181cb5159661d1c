package se.trygghetsdialog.identity.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import se.trygghetsdialog.identity.IdentityPolicy;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.web.Option;

/** Shared by the staff administration pages: access checks, role options and form helpers. */
@Component
class StaffAdminPages {

  private final IdentityPolicy policy;
  private final MessageSource messages;

  StaffAdminPages(IdentityPolicy policy, MessageSource messages) {
    this.policy = policy;
    this.messages = messages;
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
