package se.trygghetsdialog.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc against the shared application context (built by hand, so the context cache key stays the
 * same as every other integration test), and sign-in through the real form login.
 */
public final class StaffSessions {

  private StaffSessions() {}

  public static MockMvc mockMvc(WebApplicationContext context) {
    return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  /** Signs in with the real form login and returns the session that carries the sign-in. */
  public static MockHttpSession signIn(MockMvc mvc, String email, String password)
      throws Exception {
    MvcResult result =
        mvc.perform(formLogin("/logga-in").user("email", email).password("password", password))
            .andReturn();
    String target = result.getResponse().getRedirectedUrl();
    if (target == null || target.contains("/logga-in")) {
      throw new AssertionError("Sign-in as " + email + " failed: redirected to " + target);
    }
    return (MockHttpSession) result.getRequest().getSession(false);
  }

  /** A unique e-mail address for one test, so that tests sharing a database never collide. */
  public static String uniqueEmail(String prefix) {
    return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@test.example";
  }
}
