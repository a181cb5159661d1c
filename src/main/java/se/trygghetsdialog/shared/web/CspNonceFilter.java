package se.trygghetsdialog.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets a strict Content-Security-Policy with a fresh nonce per request; templates put the nonce on
 * every script element. Map tiles come from the municipality's configured tile host.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class CspNonceFilter extends OncePerRequestFilter {

  public static final String NONCE_ATTRIBUTE = "cspNonce";

  private final SecureRandom random = new SecureRandom();
  private final String imageSources;

  public CspNonceFilter(@Value("${app.csp.img-src:}") String extraImageSources) {
    this.imageSources = ("'self' data: " + extraImageSources).trim();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    String nonce = Base64.getEncoder().encodeToString(bytes);
    request.setAttribute(NONCE_ATTRIBUTE, nonce);
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self' 'nonce-"
            + nonce
            + "'; style-src 'self'; img-src "
            + imageSources
            + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
    chain.doFilter(request, response);
  }
}
