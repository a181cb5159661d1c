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
 * or not an account has that address. One filter guards the staff sign-in, another the platform
 * operator's.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SignInThrottleFilter extends OncePerRequestFilter {

  static final String SIGN_IN = "/logga-in";

  private final SignInAttempts attempts;
  private final TenantResolver tenants;

  /** The address the sign-in form posts to; the waiting answer is this with {@code ?vanta}. */
  private final String signInPath;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !(request.getContextPath() + signInPath).equals(request.getRequestURI());
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
      response.sendRedirect(request.getContextPath() + signInPath + "?vanta");
      return;
    }
    chain.doFilter(request, response);
  }
}
