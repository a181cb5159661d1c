package se.trygghetsdialog.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;
import se.trygghetsdialog.shared.TenantResolver;
import se.trygghetsdialog.shared.web.Tenants;

/**
 * Refuses a staff password sign-in on the host names of a municipality that switched password
 * sign-in off ({@link StaffIdps}), before the password is looked at; the sign-in page then says so.
 * The platform operator's sign-in has a chain of its own and is not affected.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class PasswordSignInSwitchFilter extends OncePerRequestFilter {

  static final String SWITCHED_OFF = SignInThrottleFilter.SIGN_IN + "?losenord-av";

  private final StaffIdps idps;
  private final TenantResolver tenants;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !(request.getContextPath() + SignInThrottleFilter.SIGN_IN)
            .equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!idps.passwordSignInAllowed(Tenants.current(request, tenants).id())) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", request.getContextPath() + SWITCHED_OFF);
      return;
    }
    chain.doFilter(request, response);
  }
}
