package se.trygghetsdialog.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may read the metrics at {@code /actuator/prometheus}: a signed-in administrator, or a scraper
 * that sends {@code Authorization: Bearer} with the installation's {@code app.metrics-token}
 * ({@code APP_METRICS_TOKEN}, compared in constant time). Without a token set only administrators
 * may; the public never.
 */
@Component
class MetricsScrapeAccess {

  private static final String BEARER = "Bearer ";

  private final byte[] token;

  MetricsScrapeAccess(@Value("${app.metrics-token:}") String token) {
    this.token = token.strip().getBytes(StandardCharsets.UTF_8);
  }

  AuthorizationDecision decide(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    Authentication current = authentication.get();
    if (current != null
        && current.getPrincipal() instanceof StaffPrincipal staff
        && staff.has(Role.ADMINISTRATOR)) {
      return new AuthorizationDecision(true);
    }
    String header = context.getRequest().getHeader("Authorization");
    boolean scraper =
        token.length > 0
            && header != null
            && header.startsWith(BEARER)
            && MessageDigest.isEqual(
                token, header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
    return new AuthorizationDecision(scraper);
  }
}
