package se.trygghetsdialog.identity;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.shared.ServerSecret;

/**
 * MockMvc's {@code csrf()} swaps the CSRF filter's token store of the shared test context for a
 * session-based test double, and the real server of browser tests uses the same filter; this puts
 * the application's own signed-cookie store back, so that browser journeys meet it.
 */
public final class RealCsrfTokenStore {

  private RealCsrfTokenStore() {}

  public static void restore(WebApplicationContext context, ServerSecret secret) {
    WebTestUtils.setCsrfTokenRepository(
        new MockHttpServletRequest(context.getServletContext()),
        new SignedCookieCsrfTokenRepository(secret));
  }
}
