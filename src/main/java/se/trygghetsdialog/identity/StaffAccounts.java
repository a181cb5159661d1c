package se.trygghetsdialog.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/** Reads staff accounts, and creates the accounts that need no invitation (bootstrap, demo). */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StaffAccounts {

  private final StaffAccountRepository accounts;
  private final PasswordEncoder passwords;

  public Optional<StaffMember> find(MunicipalityId municipality, UUID id) {
    return accounts.byId(municipality, id).map(StaffAccountRepository.Row::member);
  }

  public Optional<StaffMember> findByEmail(MunicipalityId municipality, String email) {
    return accounts.byEmail(municipality, email).map(StaffAccountRepository.Row::member);
  }

  /**
   * The display names of these accounts of the municipality, by account id, in display-name order
   * (one read: for pages and modules that name many accounts). Unknown ids are left out.
   */
  public Map<UUID, String> displayNames(MunicipalityId municipality, Collection<UUID> ids) {
    return accounts.displayNames(municipality, ids);
  }

  public List<StaffMember> withRole(MunicipalityId municipality, Role role) {
    return accounts.withRole(municipality, role);
  }

  /** One page of the municipality's staff accounts, by name, each with its current status. */
  public List<StaffOverview> page(MunicipalityId municipality, int limit, int offset) {
    return accounts.page(municipality, limit, offset).stream()
        .map(row -> new StaffOverview(row.member(), status(row)))
        .toList();
  }

  public int count(MunicipalityId municipality) {
    return accounts.count(municipality);
  }

  /** The current status of one account. */
  public Optional<StaffOverview> overview(MunicipalityId municipality, UUID id) {
    return accounts.byId(municipality, id).map(row -> new StaffOverview(row.member(), status(row)));
  }

  private static StaffStatus status(StaffAccountRepository.Row row) {
    if (!row.member().enabled()) {
      return StaffStatus.DISABLED;
    }
    if (!row.member().activated()) {
      return StaffStatus.INVITED;
    }
    return StaffStatus.ACTIVE;
  }

  /**
   * Creates an account that can sign in at once, with the given password; used for the first
   * administrator of an install and for demo accounts. Does nothing if the e-mail is taken.
   */
  @Transactional
  public StaffMember createWithPassword(
      MunicipalityId municipality,
      String email,
      String displayName,
      Set<Role> roles,
      @Nullable UUID organisationId,
      String password) {
    Optional<StaffMember> existing = findByEmail(municipality, email);
    if (existing.isPresent()) {
      return existing.get();
    }
    StaffMember member =
        new StaffMember(
            UUID.randomUUID(), municipality, email, displayName, roles, organisationId, true, true);
    accounts.insert(member, passwords.encode(password));
    return member;
  }

  /**
   * A principal for work done on a staff member's behalf outside a request (demo data, imports); it
   * carries no password.
   */
  public StaffPrincipal actingAs(StaffMember member) {
    return new StaffPrincipal(
        member.id(),
        member.municipalityId().value(),
        member.email(),
        member.displayName(),
        null,
        member.roles(),
        member.enabled());
  }

  /**
   * The signed-in staff member of the current request.
   *
   * @throws org.springframework.security.access.AccessDeniedException if nobody is signed in
   */
  public static StaffPrincipal signedIn() {
    return current()
        .orElseThrow(
            () -> new org.springframework.security.access.AccessDeniedException("not signed in"));
  }

  /**
   * The signed-in staff member of the current request, who must be {@code allowed} (a rule of the
   * module's policy).
   *
   * @param refusal the message of the exception, for logs; never shown to the user
   * @throws org.springframework.security.access.AccessDeniedException if nobody is signed in or the
   *     rule refuses
   */
  public static StaffPrincipal signedIn(Predicate<StaffPrincipal> allowed, String refusal) {
    StaffPrincipal staff = signedIn();
    if (!allowed.test(staff)) {
      throw new org.springframework.security.access.AccessDeniedException(refusal);
    }
    return staff;
  }

  /** The signed-in staff member of the current request, if any. */
  public static Optional<StaffPrincipal> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal p) {
      return Optional.of(p);
    }
    return Optional.empty();
  }
}
