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
 * Turns away a sign-in while its client address must wait after failures with that e-mail address
 * ({@link SignInAttempts}), before the password is even looked at. The answer is the same whether
 * or not an account has that address.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SignInThrottleFilter extends OncePerRequestFilter {

  static final String SIGN_IN = "/logga-in";
  static final String THROTTLED = SIGN_IN + "?vanta";

  private final SignInAttempts attempts;
  private final TenantResolver tenants;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !(request.getContextPath() + SIGN_IN).equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String email = request.getParameter("email");
    if (email != null
        && !email.isBlank()
        && attempts
            .waitUntil(Tenants.current(request, tenants).id(), request.getRemoteAddr(), email)
            .isPresent()) {
      response.sendRedirect(request.getContextPath() + THROTTLED);
      return;
    }
    chain.doFilter(request, response);
  }
}
