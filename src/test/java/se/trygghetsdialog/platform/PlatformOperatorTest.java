package se.trygghetsdialog.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.AcceptInvitation;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The platform operator adds municipalities on host names of their own with a first administrator,
 * and closes and reopens them; operators and municipal administrators cannot use each other's
 * pages.
 */
@IntegrationTest
class PlatformOperatorTest {

  static final String OPERATOR = "operator@plattform.example";
  static final String PASSWORD = "Trygghet2026!";

  /** Without the servlet filters of the application: sessions stay in the mock request. */
  MockMvc mvc;

  /** The whole filter chain, the closed-municipality filter included; for anonymous requests. */
  @Autowired MockMvc site;

  @Autowired WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired AcceptInvitation acceptInvitation;
  @Autowired AuditLog auditLog;

  static MockHttpServletRequestBuilder on(String host, MockHttpServletRequestBuilder request) {
    return request.with(
        r -> {
          r.setServerName(host);
          return r;
        });
  }

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
  }

  MockHttpSession operator() throws Exception {
    MvcResult result =
        mvc.perform(
                formLogin("/plattform/logga-in")
                    .user("email", OPERATOR)
                    .password("password", PASSWORD))
            .andExpect(redirectedUrl("/plattform/kommuner"))
            .andReturn();
    return (MockHttpSession) result.getRequest().getSession(false);
  }

  static String freeCode(Municipalities municipalities) {
    String code;
    do {
      code = String.format("%04d", ThreadLocalRandom.current().nextInt(2000, 9999));
    } while (municipalities.byCode(code).isPresent());
    return code;
  }

  static MultiValueMap<String, String> form(
      String code, String name, String hosts, String email, String adminName) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("code", code);
    form.add("name", name);
    form.add("hostNames", hosts);
    form.add("adminEmail", email);
    form.add("adminName", adminName);
    return form;
  }

  /** Adds a municipality through the operator's form and returns it. */
  static Tenant addThroughThePage(
      MockMvc mvc,
      MockHttpSession operator,
      Municipalities municipalities,
      String host,
      String email)
      throws Exception {
    String code = freeCode(municipalities);
    mvc.perform(
            post("/plattform/kommuner/ny")
                .session(operator)
                .with(csrf())
                .params(form(code, "Testkommun " + code, host, email, "Agnes Admin")))
        .andExpect(redirectedUrl("/plattform/kommuner"));
    return municipalities.byCode(code).orElseThrow();
  }

  @Test
  void operatorAddsAMunicipalityWhoseAdministratorActivatesTheInvitationOnItsOwnHostName()
      throws Exception {
    MockHttpSession operator = operator();
    String host = "kommun-" + freeCode(municipalities) + ".test";
    String email = StaffSessions.uniqueEmail("forsta-admin");

    Tenant added = addThroughThePage(mvc, operator, municipalities, host, email);

    assertThat(municipalities.resolve(host)).isEqualTo(added);
    assertThat(municipalities.isActive(added.id())).isTrue();
    mvc.perform(get("/plattform/kommuner").session(operator))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(host)));
    TestMailServer.Mail mail = TestMailServer.awaitMail(email, added.name());
    Matcher link =
        Pattern.compile("http://" + Pattern.quote(host) + "/konto/aktivera/(\\S+)")
            .matcher(mail.body());
    assertThat(link.find())
        .as("the link goes to the new municipality's host: %s", mail.body())
        .isTrue();
    assertThat(acceptInvitation.state(added.id(), link.group(1)))
        .isEqualTo(AcceptInvitation.TokenState.OPEN);
    assertThat(auditLog.about(added.id(), added.id().value().toString()))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo("platform.municipality.added"));
  }

  @Nested
  class BadInput {

    @Test
    void aHostNameInUseIsRefusedNamingIt() throws Exception {
      MockHttpSession operator = operator();
      String host = "upptagen-" + freeCode(municipalities) + ".test";
      addThroughThePage(mvc, operator, municipalities, host, StaffSessions.uniqueEmail("a"));
      String code = freeCode(municipalities);

      mvc.perform(
              post("/plattform/kommuner/ny")
                  .session(operator)
                  .with(csrf())
                  .params(
                      form(
                          code,
                          "Dubblett",
                          "ny-" + code + ".test\n" + host.toUpperCase(),
                          StaffSessions.uniqueEmail("b"),
                          "Bo")))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(org.hamcrest.Matchers.containsString(host)))
          .andExpect(content().string(org.hamcrest.Matchers.containsString("används redan")));
      assertThat(municipalities.byCode(code)).isEmpty();
    }

    @Test
    void aBadHostNameACodeInUseAndAMissingAdministratorAddressAreRefused() throws Exception {
      MockHttpSession operator = operator();
      String code = freeCode(municipalities);
      for (String bad :
          new String[] {"https://kommun.se", "kommun.se:8080", "-kommun.se", "ä.se"}) {
        mvc.perform(
                post("/plattform/kommuner/ny")
                    .session(operator)
                    .with(csrf())
                    .params(form(code, "Fel", bad, StaffSessions.uniqueEmail("c"), "Cia")))
            .andExpect(status().isBadRequest())
            .andExpect(
                content().string(org.hamcrest.Matchers.containsString("värdnamn är ogiltigt")));
      }
      mvc.perform(
              post("/plattform/kommuner/ny")
                  .session(operator)
                  .with(csrf())
                  .params(
                      form(
                          "1484",
                          "Lysekil igen",
                          "lysekil-" + code + ".test",
                          StaffSessions.uniqueEmail("d"),
                          "Dan")))
          .andExpect(status().isBadRequest())
          .andExpect(
              content()
                  .string(org.hamcrest.Matchers.containsString("Kommunkoden 1484 används redan")));
      mvc.perform(
              post("/plattform/kommuner/ny")
                  .session(operator)
                  .with(csrf())
                  .params(form(code, "Utan admin", "utan-" + code + ".test", "", "Eva")))
          .andExpect(status().isBadRequest())
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.containsString(
                          "Fyll i administratörens e-postadress")));
      assertThat(municipalities.byCode(code)).isEmpty();
    }
  }

  @Nested
  class Permissions {

    @Test
    void aMunicipalAdministratorCannotUseTheOperatorPages() throws Exception {
      MockHttpSession admin = StaffSessions.signIn(mvc, "admin@lysekil.example", PASSWORD);
      mvc.perform(get("/plattform/kommuner").session(admin)).andExpect(status().isForbidden());
      mvc.perform(
              post("/plattform/kommuner/ny")
                  .session(admin)
                  .with(csrf())
                  .params(form("9999", "X", "x.test", "x@test.example", "X")))
          .andExpect(status().isForbidden());
      mvc.perform(get("/plattform/kommuner")).andExpect(redirectedUrl("/plattform/logga-in"));
    }

    @Test
    void anOperatorSeesNoStaffPageOfAnyMunicipality() throws Exception {
      MockHttpSession operator = operator();
      for (String page :
          new String[] {
            "/personal", "/personal/admin", "/personal/moderering", "/personal/arbetslista"
          }) {
        mvc.perform(get(page).session(operator)).andExpect(status().isForbidden());
      }
    }

    @Test
    void anOperatorCannotSignInAsStaffNorStaffAsOperator() throws Exception {
      mvc.perform(formLogin("/logga-in").user("email", OPERATOR).password("password", PASSWORD))
          .andExpect(redirectedUrl("/logga-in?fel"));
      mvc.perform(
              formLogin("/plattform/logga-in")
                  .user("email", "admin@lysekil.example")
                  .password("password", PASSWORD))
          .andExpect(redirectedUrl("/plattform/logga-in?fel"));
    }
  }

  @Nested
  class Deactivation {

    @Test
    void aClosedMunicipalitySays503KeepsItsDataAndItsStaffCannotSignInUntilReopened()
        throws Exception {
      MockHttpSession operator = operator();
      String host = "stangd-" + freeCode(municipalities) + ".test";
      Tenant added =
          addThroughThePage(mvc, operator, municipalities, host, StaffSessions.uniqueEmail("f"));
      site.perform(on(host, get("/dialoger"))).andExpect(status().isOk());

      mvc.perform(
              post("/plattform/kommuner/" + added.id().value() + "/avaktivera")
                  .session(operator)
                  .with(csrf()))
          .andExpect(redirectedUrl("/plattform/kommuner"));

      assertThat(municipalities.isActive(added.id())).isFalse();
      for (String page : new String[] {"/", "/dialoger", "/trygghetskarta", "/logga-in"}) {
        site.perform(on(host, get(page)))
            .andExpect(status().isServiceUnavailable())
            .andExpect(status().reason(se.trygghetsdialog.shared.web.Tenants.CLOSED));
      }
      // MockMvc does not follow the error dispatch: the page it leads to says what happened.
      site.perform(
              on(host, get("/error"))
                  .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 503)
                  .requestAttr(
                      jakarta.servlet.RequestDispatcher.ERROR_MESSAGE,
                      se.trygghetsdialog.shared.web.Tenants.CLOSED))
          .andExpect(status().isServiceUnavailable())
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.containsString("Inget av innehållet har tagits bort")));
      site.perform(
              on(
                  host,
                  post("/logga-in")
                      .with(csrf())
                      .param("email", "x@test.example")
                      .param("password", PASSWORD)))
          .andExpect(status().isServiceUnavailable());
      site.perform(get("/dialoger")).andExpect(status().isOk());
      assertThat(municipalities.byCode(added.code())).isPresent();

      mvc.perform(
              post("/plattform/kommuner/" + added.id().value() + "/aktivera")
                  .session(operator)
                  .with(csrf()))
          .andExpect(redirectedUrl("/plattform/kommuner"));
      site.perform(on(host, get("/dialoger"))).andExpect(status().isOk());
      // The audit log is written by an event listener after the change commits.
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(auditLog.about(added.id(), added.id().value().toString()))
                      .extracting(e -> e.action())
                      .contains(
                          "platform.municipality.deactivated",
                          "platform.municipality.reactivated"));
    }

    @Test
    void theDefaultMunicipalityCannotBeClosed() throws Exception {
      MockHttpSession operator = operator();
      Tenant lysekil = municipalities.defaultMunicipality().orElseThrow();
      mvc.perform(
              post("/plattform/kommuner/" + lysekil.id().value() + "/avaktivera")
                  .session(operator)
                  .with(csrf()))
          .andExpect(status().isBadRequest());
      assertThat(municipalities.isActive(lysekil.id())).isTrue();
      mvc.perform(
              post("/plattform/kommuner/" + java.util.UUID.randomUUID() + "/avaktivera")
                  .session(operator)
                  .with(csrf()))
          .andExpect(status().isNotFound());
    }
  }
}
