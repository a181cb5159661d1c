package se.trygghetsdialog.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

@IntegrationTest
class AccessibilityReportTest {

  static final String PASSWORD = "Trygghet2026!";

  @Autowired WebApplicationContext context;
  @Autowired StaffAccounts staff;
  @Autowired Municipalities municipalities;
  @Autowired ReportAccessibilityProblem reports;

  MockMvc mvc;
  Tenant tenant;

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
    tenant = municipalities.resolve("localhost");
  }

  MockHttpSession signedIn(Role role) throws Exception {
    String email = StaffSessions.uniqueEmail(role.name().toLowerCase());
    staff.createWithPassword(tenant.id(), email, role.name(), Set.of(role), null, PASSWORD);
    return StaffSessions.signIn(mvc, email, PASSWORD);
  }

  Optional<AccessibilityReport> stored(String description) {
    return reports.newestFirst(tenant.id(), 100_000, 0).stream()
        .filter(r -> r.description().equals(description))
        .findFirst();
  }

  @Nested
  class TheStatement {

    @Test
    void namesTheMunicipalityTheLawAndDigg() throws Exception {
      mvc.perform(get("/tillganglighet"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(tenant.name())))
          .andExpect(content().string(containsString("2018:1937")))
          .andExpect(content().string(containsString("Myndigheten för digital förvaltning")))
          .andExpect(content().string(containsString("WCAG 2.1")));
    }

    @Test
    void isCompleteInEnglish() throws Exception {
      mvc.perform(get("/tillganglighet?lang=en"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Accessibility statement")))
          .andExpect(content().string(containsString("municipality's contact centre")));
    }
  }

  @Nested
  class Reporting {

    @Test
    void aReportIsStoredAndAcknowledged() throws Exception {
      String description = "Knappen går inte att nå med tangentbordet " + UUID.randomUUID();
      mvc.perform(
              post("/tillganglighet")
                  .with(csrf())
                  .param("pageUrl", "/dialoger")
                  .param("description", description)
                  .param("replyEmail", "svar@example.se")
                  .param("website", ""))
          .andExpect(status().is3xxRedirection())
          .andExpect(redirectedUrl("/tillganglighet"))
          .andExpect(flash().attribute("notice", "site.a11y.report.received"));
      AccessibilityReport report = stored(description).orElseThrow();
      assertThat(report.pageUrl()).isEqualTo("/dialoger");
      assertThat(report.replyEmail()).isEqualTo("svar@example.se");
      assertThat(report.handled()).isFalse();
    }

    @Test
    void theHoneypotPretendsSuccessButStoresNothing() throws Exception {
      String description = "Skräp från en robot " + UUID.randomUUID();
      int before = reports.count(tenant.id());
      mvc.perform(
              post("/tillganglighet")
                  .with(csrf())
                  .param("description", description)
                  .param("website", "http://spam.example"))
          .andExpect(status().is3xxRedirection())
          .andExpect(flash().attribute("notice", "site.a11y.report.received"));
      assertThat(stored(description)).isEmpty();
      assertThat(reports.count(tenant.id())).isEqualTo(before);
    }

    @Test
    void anOverLongDescriptionIsRefusedWithAnErrorSummaryAndNothingStored() throws Exception {
      String description = "x".repeat(2001);
      mvc.perform(post("/tillganglighet").with(csrf()).param("description", description))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("govuk-error-summary")))
          .andExpect(content().string(containsString("högst 2000 tecken")));
      assertThat(stored(description)).isEmpty();
    }

    @Test
    void anEmptyDescriptionOrABadEmailIsRefused() throws Exception {
      mvc.perform(
              post("/tillganglighet")
                  .with(csrf())
                  .param("description", "  ")
                  .param("replyEmail", "inte en adress"))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("Beskriv problemet.")))
          .andExpect(content().string(containsString("giltig e-postadress")));
    }

    @Test
    void anOverLongPageIsRefused() throws Exception {
      mvc.perform(
              post("/tillganglighet")
                  .with(csrf())
                  .param("pageUrl", "/".repeat(501))
                  .param("description", "Något"))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(containsString("högst 500 tecken")));
    }

    @Test
    void aReportWithoutCsrfTokenIsRefused() throws Exception {
      mvc.perform(post("/tillganglighet").param("description", "Utan token"))
          .andExpect(status().isForbidden());
    }
  }

  @Nested
  class Handling {

    @Test
    void administratorsSeeReportsEscapedAndMarkThemHandled() throws Exception {
      String description = "<script>alert('x')</script> " + UUID.randomUUID();
      mvc.perform(post("/tillganglighet").with(csrf()).param("description", description))
          .andExpect(status().is3xxRedirection());
      AccessibilityReport report = stored(description).orElseThrow();

      MockHttpSession admin = signedIn(Role.ADMINISTRATOR);
      mvc.perform(get("/personal/admin/tillganglighet").session(admin))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("&lt;script&gt;")))
          .andExpect(content().string(not(containsString("<script>alert"))));

      mvc.perform(
              post("/personal/admin/tillganglighet/" + report.id() + "/hanterad")
                  .session(admin)
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
      assertThat(stored(description).orElseThrow().handled()).isTrue();
    }

    @Test
    void otherStaffAndResidentsCannotSeeReports() throws Exception {
      MockHttpSession moderator = signedIn(Role.MODERATOR);
      mvc.perform(get("/personal/admin/tillganglighet").session(moderator))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/personal/admin/tillganglighet/" + UUID.randomUUID() + "/hanterad")
                  .session(moderator)
                  .with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(get("/personal/admin/tillganglighet")).andExpect(status().is3xxRedirection());
    }

    @Test
    void markingAnUnknownReportIsNotFound() throws Exception {
      MockHttpSession admin = signedIn(Role.ADMINISTRATOR);
      mvc.perform(
              post("/personal/admin/tillganglighet/" + UUID.randomUUID() + "/hanterad")
                  .session(admin)
                  .with(csrf()))
          .andExpect(status().isNotFound());
    }
  }
}
