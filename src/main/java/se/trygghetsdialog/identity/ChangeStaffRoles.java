package se.trygghetsdialog.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/** An administrator changes a staff member's roles, or enables or disables the account. */
@Service
public class ChangeStaffRoles {

  private final StaffAccountRepository accounts;
  private final IdentityPolicy policy;
  private final ApplicationEventPublisher events;

  ChangeStaffRoles(
      StaffAccountRepository accounts, IdentityPolicy policy, ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.policy = policy;
    this.events = events;
  }

  /**
   * Makes the change if the policy allows it.
   *
   * @return the message key of why the change was refused, or empty when it was made
   * @throws NotFoundException if the municipality has no such account
   */
  @Transactional
  public Optional<String> change(
      MunicipalityId municipality,
      StaffPrincipal person,
      UUID accountId,
      Set<Role> roles,
      boolean enabled) {
    StaffMember account =
        accounts
            .byId(municipality, accountId)
            .map(StaffAccountRepository.Row::member)
            .orElseThrow(() -> new NotFoundException("staff account"));
    Optional<String> refusal = policy.refusalToChange(person, account, roles, enabled);
    if (refusal.isPresent()) {
      return refusal;
    }
    accounts.updateRoles(municipality, accountId, roles, enabled);
    events.publishEvent(
        new StaffRolesChanged(
            municipality, accountId, person.accountId(), Set.copyOf(roles), enabled));
    return Optional.empty();
  }
}
