package se.trygghetsdialog.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * An auditor reads, filters and exports the audit log (administrators keep access, other roles are
 * refused), and every staff download of an export is itself in the log.
 */
@IntegrationTest
class AuditLogAuditorTest {

  private static final String PASSWORD = "Trygghet2026!";

  /**
   * Every staff route that hands out an export (a CSV, GeoJSON, JSON or PDF file) and the audit
   * action its download writes. A new export route fails {@link #everyStaffExportRouteIsAudited}
   * until it is audited and listed here.
   */
  static final Map<String, String> AUDITED_EXPORTS =
      Map.ofEntries(
          Map.entry("/personal/admin/logg/export.csv", "records.log-exported"),
          Map.entry("/personal/dialoger/{id}/arkivpaket.zip", "records.archive-package-exported"),
          Map.entry(
              "/personal/dialoger/{id}/deltagande/{table:[a-z]+}.csv",
              "participation.table-exported"),
          Map.entry("/personal/dialoger/{id}/perspektiv/karta.csv", "perspective.map-exported"),
          Map.entry(
              "/personal/registerutdrag/registerutdrag.json", "records.register-extract-issued"),
          Map.entry(
              "/personal/registerutdrag/registerutdrag.pdf", "records.register-extract-issued"),
          Map.entry(
              "/personal/enkater/{id}/omgangar/{roundId}/koder.csv", "survey.letters-exported"),
          Map.entry(
              "/personal/enkater/{surveyId}/omgangar/{roundId}/resultat.csv",
              "survey.results-exported"),
          Map.entry("/personal/registrering/export.csv", "records.registrations-exported"),
          Map.entry("/personal/registrering/export.json", "records.registrations-exported"),
          Map.entry("/personal/utlamnande/{id}/beslut.pdf", "records.access-decision-produced"),
          Map.entry("/personal/utlamnande/{id}/kopia.pdf", "records.access-copy-produced"));

  @Autowired WebApplicationContext context;
  @Autowired StaffAccounts accounts;
  @Autowired Municipalities municipalities;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private MunicipalityId municipality() {
    return StaffMother.tenant(municipalities).id();
  }

  private void entry(String action, String subject, UUID actor, OffsetDateTime at) {
    jdbc.sql(
            "INSERT INTO audit_event (id, municipality_id, occurred_at, actor_account_id, action,"
                + " subject) VALUES (:id, :m, :at, :actor, :action, :subject)")
        .param("id", UUID.randomUUID())
        .param("m", municipality().value())
        .param("at", at)
        .param("actor", actor)
        .param("action", action)
        .param("subject", subject)
        .update();
  }

  private static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private int logged(String action, String subject) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE municipality_id = :m AND action = :a"
                + " AND subject = :s")
        .param("m", municipality().value())
        .param("a", action)
        .param("s", subject)
        .query(Integer.class)
        .single();
  }

  @Test
  void anAuditorFiltersTheLogByDateActionActorAndSubjectAndExportsTheSelection() throws Exception {
    MockMvc mvc = StaffSessions.mockMvc(context);
    StaffMember auditor =
        StaffMother.staff(municipalities, accounts, "Greta Granskare", Role.AUDITOR);
    StaffMember actor =
        StaffMother.staff(municipalities, accounts, "Olle Agerande", Role.MODERATOR);
    String subject = "subject-" + UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now();
    entry("moderation.unmasked", subject, actor.id(), now.minusDays(10));
    entry("moderation.rejected", subject, actor.id(), now);
    entry("moderation.unmasked", subject, null, now);
    MockHttpSession session = StaffSessions.signIn(mvc, auditor.email(), PASSWORD);

    String all =
        body(
            mvc.perform(
                    get("/personal/admin/logg")
                        .param("amne", subject)
                        .param("lang", "en")
                        .session(session))
                .andReturn()
                .getResponse());
    assertThat(all).contains("Events: 3");

    String byAction =
        body(
            mvc.perform(
                    get("/personal/admin/logg")
                        .param("amne", subject)
                        .param("handelse", "moderation.unmasked")
                        .param("lang", "en")
                        .session(session))
                .andReturn()
                .getResponse());
    assertThat(byAction).contains("Events: 2");

    String byActorAndDate =
        body(
            mvc.perform(
                    get("/personal/admin/logg")
                        .param("amne", subject)
                        .param("aktor", actor.id().toString())
                        .param("fran", now.minusDays(1).toLocalDate().toString())
                        .param("till", now.plusDays(1).toLocalDate().toString())
                        .param("lang", "en")
                        .session(session))
                .andReturn()
                .getResponse());
    assertThat(byActorAndDate).contains("Events: 1").contains("Olle Agerande");

    MockHttpServletResponse csv =
        mvc.perform(
                get("/personal/admin/logg/export.csv")
                    .param("amne", subject)
                    .param("handelse", "moderation.unmasked")
                    .param("lang", "en")
                    .session(session))
            .andReturn()
            .getResponse();
    assertThat(csv.getStatus()).isEqualTo(200);
    assertThat(csv.getContentType()).startsWith("text/csv").contains("UTF-8");
    assertThat(csv.getHeader("Cache-Control")).contains("no-store");
    assertThat(csv.getHeader("Content-Disposition")).contains("attachment");
    List<String> lines = body(csv).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("Time").contains("Action name");
    assertThat(lines.subList(1, 3))
        .allSatisfy(line -> assertThat(line).contains("moderation.unmasked").contains(subject));
    assertThat(lines.get(1))
        .matches(".*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*[+-]\\d{2}:\\d{2}.*");

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> logged("records.log-exported", "audit_event") > 0);
  }

  @Test
  void aBadDateIsAClientErrorNotAServerError() throws Exception {
    MockMvc mvc = StaffSessions.mockMvc(context);
    StaffMember auditor =
        StaffMother.staff(municipalities, accounts, "Greta Granskare", Role.AUDITOR);
    MockHttpSession session = StaffSessions.signIn(mvc, auditor.email(), PASSWORD);
    int status =
        mvc.perform(get("/personal/admin/logg").param("fran", "igår").session(session))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isBetween(400, 499);
  }

  @Test
  void administratorsKeepTheLogAndOtherRolesAreRefused() throws Exception {
    MockMvc mvc = StaffSessions.mockMvc(context);
    StaffMember admin =
        StaffMother.staff(municipalities, accounts, "Ada Admin", Role.ADMINISTRATOR);
    StaffMember auditor =
        StaffMother.staff(municipalities, accounts, "Greta Granskare", Role.AUDITOR);
    StaffMember leader =
        StaffMother.staff(municipalities, accounts, "Pia Ledare", Role.PROCESS_LEADER);
    for (String path : List.of("/personal/admin/logg", "/personal/admin/logg/export.csv")) {
      assertThat(status(mvc, admin, path)).as(path).isEqualTo(200);
      assertThat(status(mvc, auditor, path)).as(path).isEqualTo(200);
      assertThat(status(mvc, leader, path)).as(path).isEqualTo(403);
    }
    // The auditor reads the log and nothing else of the administration.
    assertThat(status(mvc, auditor, "/personal/admin")).isEqualTo(403);
    assertThat(status(mvc, auditor, "/personal/admin/anvandare")).isEqualTo(403);
  }

  @Test
  void anAdministratorGrantsTheAuditorRoleOnTheAccountPage() throws Exception {
    MockMvc mvc = StaffSessions.mockMvc(context);
    StaffMember admin =
        StaffMother.staff(municipalities, accounts, "Ada Admin", Role.ADMINISTRATOR);
    StaffMember other =
        StaffMother.staff(municipalities, accounts, "Blivande Granskare", Role.REGISTRAR);
    MockHttpSession session = StaffSessions.signIn(mvc, admin.email(), PASSWORD);
    String page =
        body(
            mvc.perform(
                    get("/personal/admin/anvandare/" + other.id())
                        .param("lang", "en")
                        .session(session))
                .andReturn()
                .getResponse());
    assertThat(page).contains("value=\"AUDITOR\"").contains("Auditor");
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/personal/admin/anvandare/" + other.id())
                .session(session)
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("roles", "AUDITOR")
                .param("enabled", "true"))
        .andReturn();
    assertThat(accounts.find(municipality(), other.id()).orElseThrow().roles())
        .containsExactly(Role.AUDITOR);
    assertThat(status(mvc, other, "/personal/admin/logg")).isEqualTo(200);
  }

  private static int status(MockMvc mvc, StaffMember member, String path) throws Exception {
    MockHttpSession session = StaffSessions.signIn(mvc, member.email(), PASSWORD);
    return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
  }

  @Test
  void everyStaffExportRouteIsAudited() {
    Set<String> exports = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
        mappings.getHandlerMethods().entrySet()) {
      if (!ResponseEntity.class.isAssignableFrom(mapping.getValue().getMethod().getReturnType())) {
        continue;
      }
      for (String pattern : mapping.getKey().getPatternValues()) {
        if (pattern.startsWith("/personal")
            && pattern.matches(".*\\.(csv|geojson|json|pdf|zip)$")) {
          exports.add(pattern);
        }
      }
    }
    assertThat(exports)
        .as("staff export routes; each needs an audit event and a row in AUDITED_EXPORTS")
        .isEqualTo(new TreeSet<>(AUDITED_EXPORTS.keySet()));
  }

  @Test
  void aStaffDownloadOfAParticipationTableOrThePerspectiveMapIsLogged() throws Exception {
    MockMvc mvc = StaffSessions.mockMvc(context);
    MockHttpSession session = StaffSessions.signIn(mvc, "processledare@lysekil.example", PASSWORD);
    UUID dialogue =
        jdbc.sql(
                "SELECT d.dialogue_id FROM dialogue d JOIN dialogue_team_member t"
                    + " ON t.dialogue_id = d.dialogue_id JOIN staff_account a"
                    + " ON a.account_id = t.account_id WHERE a.email = 'processledare@lysekil.example'"
                    + " ORDER BY d.dialogue_id LIMIT 1")
            .query(UUID.class)
            .single();
    int participation = logged("participation.table-exported", dialogue.toString());
    int perspective = logged("perspective.map-exported", dialogue.toString());

    MockHttpServletResponse table =
        mvc.perform(
                get("/personal/dialoger/" + dialogue + "/deltagande/kanal.csv").session(session))
            .andReturn()
            .getResponse();
    assertThat(table.getStatus()).isEqualTo(200);
    MockHttpServletResponse map =
        mvc.perform(
                get("/personal/dialoger/" + dialogue + "/perspektiv/karta.csv").session(session))
            .andReturn()
            .getResponse();
    assertThat(map.getStatus()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(logged("participation.table-exported", dialogue.toString()))
                  .isEqualTo(participation + 1);
              assertThat(logged("perspective.map-exported", dialogue.toString()))
                  .isEqualTo(perspective + 1);
            });
  }
}
