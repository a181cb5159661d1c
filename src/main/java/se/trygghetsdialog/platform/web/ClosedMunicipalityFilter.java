package se.trygghetsdialog.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.trygghetsdialog.shared.web.Tenants;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A deactivated municipality serves nobody: every request to its host names answers 503 with the
 * error page that says the service is not in use there (its data is kept), before security runs, so
 * its staff cannot sign in either. The operator pages, the style sheets and scripts that page
 * needs, and the health check still answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClosedMunicipalityFilter extends OncePerRequestFilter {

  private static final List<String> ALWAYS_OPEN =
      List.of("/plattform/", "/css/", "/js/", "/img/", "/webjars/", "/error", "/actuator/health");

  /** Absent only in web slice tests, which have no tenancy module. */
  private final ObjectProvider<Municipalities> municipalities;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return ALWAYS_OPEN.stream().anyMatch(path::startsWith);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Municipalities all = municipalities.getIfAvailable();
    if (all != null && !all.isActive(Tenants.current(request, all).id())) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, Tenants.CLOSED);
      return;
    }
    chain.doFilter(request, response);
  }
}
