package se.trygghetsdialog.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/** An administrator changes a staff member's roles, or enables or disables the account. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeStaffRoles {

  private final StaffAccountRepository accounts;
  private final IdentityPolicy policy;
  private final ApplicationEventPublisher events;

  /**
   * The roles form of one account, bound by Spring MVC.
   *
   * @param enabled unticked or missing keeps the account enabled; only {@code false} disables it
   */
  public record Command(@Nullable Set<Role> roles, @Nullable Boolean enabled) {
    public Set<Role> chosen() {
      return roles == null ? Set.of() : roles;
    }

    public boolean enable() {
      return !Boolean.FALSE.equals(enabled);
    }
  }

  /**
   * Makes the change of the roles form if the policy allows it.
   *
   * @return the message key of why the change was refused, or empty when it was made
   * @throws NotFoundException if the municipality has no such account
   */
  @Transactional
  public Optional<String> change(
      MunicipalityId municipality, StaffPrincipal person, UUID accountId, Command command) {
    return change(municipality, person, accountId, command.chosen(), command.enable());
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
