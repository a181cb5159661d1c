package se.trygghetsdialog.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A municipality of its own, on its own host name, for tests that change a municipality's settings
 * without touching the demo municipality the other tests share.
 */
public record FreshMunicipality(Tenant tenant, String host) {

  public static final String PASSWORD = "Trygghet2026!";

  public static FreshMunicipality register(Municipalities municipalities) {
    String code;
    do {
      code = String.format("%04d", ThreadLocalRandom.current().nextInt(2000, 9999));
    } while (municipalities.byCode(code).isPresent());
    String host = "kommun-" + code + ".localhost";
    return new FreshMunicipality(
        municipalities.register(code, "Nya kommunen " + code, List.of(host), false), host);
  }

  public StaffMember staff(StaffAccounts accounts, String name, Role... roles) {
    return accounts.createWithPassword(
        tenant.id(),
        StaffSessions.uniqueEmail(name.toLowerCase(java.util.Locale.ROOT)),
        name,
        Set.of(roles),
        null,
        PASSWORD);
  }

  /** The request sent to this municipality's host name. */
  public <B extends AbstractMockHttpServletRequestBuilder<B>> B on(B request) {
    return request.with(
        r -> {
          r.setServerName(host);
          return r;
        });
  }

  /** Signs in on this municipality's host with the real form login. */
  public MockHttpSession signIn(MockMvc mvc, StaffMember member) throws Exception {
    MvcResult result =
        mvc.perform(
                on(
                    post("/logga-in")
                        .param("email", member.email())
                        .param("password", PASSWORD)
                        .with(csrf())))
            .andReturn();
    String target = result.getResponse().getRedirectedUrl();
    if (target == null || target.contains("/logga-in")) {
      throw new AssertionError("Sign-in as " + member.email() + " failed: " + target);
    }
    return (MockHttpSession) result.getRequest().getSession(false);
  }
}
