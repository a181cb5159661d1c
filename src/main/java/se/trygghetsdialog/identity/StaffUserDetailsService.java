package se.trygghetsdialog.identity;

import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.TenantResolver;
import se.trygghetsdialog.shared.web.Tenants;

/**
 * Loads a staff account of the request's municipality by e-mail address. Unknown, disabled and
 * invited (no password yet) accounts are all not found, so every failed sign-in looks the same.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StaffUserDetailsService implements UserDetailsService {

  private final StaffAccountRepository accounts;
  private final TenantResolver tenants;
  private final StaffIdps idps;

  static MunicipalityId currentMunicipality(TenantResolver tenants) {
    if (RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return Tenants.current(request, tenants).id();
    }
    throw new IllegalStateException("Staff sign-in needs a request");
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    MunicipalityId municipality = currentMunicipality(tenants);
    if (!idps.passwordSignInAllowed(municipality)) {
      // PasswordSignInSwitchFilter answers first; this holds if the form is reached some other way.
      throw new UsernameNotFoundException("password sign-in switched off");
    }
    StaffAccountRepository.Row row =
        accounts
            .byEmail(municipality, email.trim())
            .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    StaffMember member = row.member();
    if (!member.enabled() || row.passwordHash() == null) {
      // Answered, and timed, exactly like an unknown address: a disabled or invited account
      // cannot sign in, and nobody learns that it exists.
      throw new UsernameNotFoundException("unknown");
    }
    return new StaffPrincipal(
        member.id(),
        municipality.value(),
        member.email(),
        member.displayName(),
        row.passwordHash(),
        member.roles(),
        true);
  }
}
