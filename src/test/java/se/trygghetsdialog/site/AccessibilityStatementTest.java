package se.trygghetsdialog.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.SetupStep;

/**
 * The accessibility statement is the municipality's: its administrator publishes versions (each
 * kept) from the product's suggestion, the public page shows the newest with its dates, and a
 * passed review date reminds administrators.
 */
@IntegrationTest
class AccessibilityStatementTest {

  static final String PASSWORD = "Trygghet2026!";
  static final String EDITOR = "/personal/admin/tillganglighetsredogorelse";

  @Autowired WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired AccessibilityStatements statements;
  @Autowired List<SetupStep> setupSteps;
  @Autowired AuditLog auditLog;

  MockMvc mvc;
  Tenant tenant;
  String host;

  @BeforeEach
  void aFreshMunicipality() {
    mvc = StaffSessions.mockMvc(context);
    String code;
    do {
      code = String.format("%04d", ThreadLocalRandom.current().nextInt(2000, 9999));
    } while (municipalities.byCode(code).isPresent());
    host = "redogorelse-" + code + ".test";
    tenant = municipalities.register(code, "Redogörelsekommun " + code, List.of(host), false);
  }

  MockHttpServletRequestBuilder on(MockHttpServletRequestBuilder request) {
    return request.with(
        r -> {
          r.setServerName(host);
          return r;
        });
  }

  MockHttpSession signIn(Role role) throws Exception {
    String email = StaffSessions.uniqueEmail(role.name().toLowerCase());
    accounts.createWithPassword(tenant.id(), email, "Namn", EnumSet.of(role), null, PASSWORD);
    return (MockHttpSession)
        mvc.perform(
                on(post("/logga-in").with(csrf()))
                    .param("email", email)
                    .param("password", PASSWORD))
            .andExpect(redirectedUrl("/personal"))
            .andReturn()
            .getRequest()
            .getSession(false);
  }

  String body(MockHttpServletRequestBuilder request, MockHttpSession session, int status)
      throws Exception {
    MockHttpServletRequestBuilder r = on(request);
    if (session != null) {
      r = r.session(session);
    }
    return mvc.perform(r)
        .andExpect(status().is(status))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  MockHttpServletRequestBuilder publish(String problems, String contact, String reviewedOn) {
    return post(EDITOR)
        .with(csrf())
        .param("conformance", "PARTIAL")
        .param("knownProblems", problems)
        .param("contact", contact)
        .param("reviewedOn", reviewedOn);
  }

  @Test
  void beforePublishingThePublicPageShowsTheProductsKnownProblemsNotAClaimOfNone()
      throws Exception {
    String page = body(get("/tillganglighet"), null, 200);
    assertThat(page)
        .contains("kräver JavaScript")
        .contains("inte granskat och publicerat")
        .contains("Anmäl bristande tillgänglighet")
        .doesNotContain("inte till några brister")
        .doesNotContain("Alla funktioner fungerar");
  }

  @Test
  void theAdministratorPublishesVersionsAndThePublicPageShowsTheNewestWithItsDates()
      throws Exception {
    MockHttpSession admin = signIn(Role.ADMINISTRATOR);
    assertThat(body(get(EDITOR), admin, 200)).contains("kräver JavaScript");

    mvc.perform(on(publish("Första bristen.", "Ring 0523-100 00.", "2026-12-01")).session(admin))
        .andExpect(redirectedUrl(EDITOR));
    mvc.perform(on(publish("Andra bristen.", "Mejla kommunen.", "2026-12-05")).session(admin))
        .andExpect(redirectedUrl(EDITOR));

    assertThat(statements.versions(tenant.id()))
        .extracting(AccessibilityStatement::version, AccessibilityStatement::knownProblems)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "Andra bristen."),
            org.assertj.core.groups.Tuple.tuple(1, "Första bristen."));
    String page = body(get("/tillganglighet"), null, 200);
    assertThat(page)
        .contains("Andra bristen.")
        .contains("Mejla kommunen.")
        .contains("5 december 2026")
        .contains("version 2")
        .doesNotContain("Första bristen.");
    assertThat(body(get(EDITOR), admin, 200)).contains("Version 1").contains("Version 2");
    assertThat(auditLog.about(tenant.id(), "accessibility-statement/2"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.details()).contains("previousVersion=1").contains("2026-12-01"));
  }

  @Test
  void badInputIsRefusedWithItsMessageAndNothingIsPublished() throws Exception {
    MockHttpSession admin = signIn(Role.ADMINISTRATOR);
    assertThat(body(publish("", "Kontakt", "2026-12-01").session(admin), admin, 400))
        .contains("Beskriv de kända bristerna");
    assertThat(body(publish("Brist", "Kontakt", "7 december").session(admin), admin, 400))
        .contains("ÅÅÅÅ-MM-DD");
    String tomorrow = LocalDate.now().plusDays(2).toString();
    assertThat(body(publish("Brist", "Kontakt", tomorrow).session(admin), admin, 400))
        .contains("kan inte vara i framtiden");
    assertThat(body(publish("Brist", "", "2026-12-01").session(admin), admin, 400))
        .contains("Fyll i hur man kontaktar kommunen");
    assertThat(statements.versions(tenant.id())).isEmpty();
  }

  @Test
  void onlyAnAdministratorMayEditTheStatement() throws Exception {
    MockHttpSession moderator = signIn(Role.MODERATOR);
    mvc.perform(on(get(EDITOR)).session(moderator)).andExpect(status().isForbidden());
    mvc.perform(on(publish("Brist", "Kontakt", "2026-12-01")).session(moderator))
        .andExpect(status().isForbidden());
    assertThat(statements.versions(tenant.id())).isEmpty();
  }

  @Test
  void aPassedReviewDateRemindsAdministratorsOnTheStartPageAndTheChecklist() throws Exception {
    MockHttpSession admin = signIn(Role.ADMINISTRATOR);
    SetupStep step =
        setupSteps.stream().filter(s -> s.path().equals(EDITOR)).findFirst().orElseThrow();
    String reminder = "Tillgänglighetsredogörelsen behöver granskas";
    assertThat(body(get("/personal"), admin, 200)).contains(reminder);
    assertThat(step.status(tenant.id())).isEqualTo(SetupStep.Status.TO_DO);

    String longAgo = LocalDate.now().minusYears(1).minusDays(2).toString();
    mvc.perform(on(publish("Brist", "Kontakt", longAgo)).session(admin))
        .andExpect(redirectedUrl(EDITOR));
    assertThat(body(get("/personal"), admin, 200)).contains(reminder);
    assertThat(body(get(EDITOR), admin, 200)).contains("skulle ha granskats senast");

    mvc.perform(on(publish("Brist", "Kontakt", LocalDate.now().toString())).session(admin))
        .andExpect(redirectedUrl(EDITOR));
    assertThat(body(get("/personal"), admin, 200)).doesNotContain(reminder);
    assertThat(step.status(tenant.id())).isEqualTo(SetupStep.Status.DONE);
  }
}
