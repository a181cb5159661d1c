package se.trygghetsdialog.identity;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.TenantResolver;
import se.trygghetsdialog.shared.web.ErrorDispatchFilter;
import se.trygghetsdialog.shared.web.Tenants;

/**
 * Binds a staff session to the municipality it was signed in to. A request whose host name resolves
 * to another municipality is refused with 404 (so it reveals nothing about what exists there) and
 * logged, whatever its path; no controller has to check it. The error page of such a request is
 * rendered as for an anonymous visitor.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SessionMunicipalityFilter extends ErrorDispatchFilter {

  private final TenantResolver tenants;
  private final ForeignSessions foreignSessions;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
      Tenant requested = Tenants.current(request, tenants);
      if (!staff.municipalityId().equals(requested.id())) {
        SecurityContextHolder.clearContext();
        if (request.getDispatcherType() != DispatcherType.ERROR) {
          foreignSessions.refused(staff, requested, request.getMethod(), request.getRequestURI());
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }
}
