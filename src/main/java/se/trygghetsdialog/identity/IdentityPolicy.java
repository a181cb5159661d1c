package se.trygghetsdialog.identity;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** "May this person do this now?" for staff accounts. Controllers ask; they never decide. */
@Component
public class IdentityPolicy {

  /** Whether the person may see and manage staff accounts, the audit log and other settings. */
  public boolean mayAdminister(StaffPrincipal person) {
    return person.has(Role.ADMINISTRATOR);
  }

  /** Whether the person may read, filter and export the audit log: an administrator or auditor. */
  public boolean mayReadAuditLog(StaffPrincipal person) {
    return person.has(Role.ADMINISTRATOR) || person.has(Role.AUDITOR);
  }

  /** Whether the person may invite new staff members. */
  public boolean mayInvite(StaffPrincipal person) {
    return mayAdminister(person);
  }

  /**
   * Why the person may not give the account these roles and this enabled state, as a message key;
   * empty when the change is allowed. An administrator can neither remove their own administrator
   * role nor disable themselves, so that a municipality never locks itself out by mistake.
   */
  public Optional<String> refusalToChange(
      StaffPrincipal person, StaffMember account, Set<Role> roles, boolean enabled) {
    if (!mayAdminister(person)) {
      return Optional.of("identity.staff.error.notAdministrator");
    }
    if (person.accountId().equals(account.id())) {
      if (!roles.contains(Role.ADMINISTRATOR)) {
        return Optional.of("identity.staff.error.ownAdministratorRole");
      }
      if (!enabled) {
        return Optional.of("identity.staff.error.disableSelf");
      }
    }
    return Optional.empty();
  }
}
