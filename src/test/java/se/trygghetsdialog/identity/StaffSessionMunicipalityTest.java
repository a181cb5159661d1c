package se.trygghetsdialog.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.records.AuditEntry;
import se.trygghetsdialog.records.AuditLog;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * A staff session belongs to the municipality it was signed in to: sent with the host name of
 * another municipality, every request is refused with 404 and logged.
 */
@IntegrationTest
class StaffSessionMunicipalityTest {

  static final String PASSWORD = "Trygghet2026!";

  @Autowired WebApplicationContext context;
  @Autowired StaffAccounts staff;
  @Autowired Municipalities municipalities;
  @Autowired AuditLog auditLog;
  @Autowired JdbcClient jdbc;

  MockMvc mvc;
  Tenant home;
  static Tenant other;
  static String otherHost;

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
    home = municipalities.resolve("localhost");
    if (other == null) {
      String code;
      do {
        code = String.format("%04d", ThreadLocalRandom.current().nextInt(2000, 9999));
      } while (municipalities.byCode(code).isPresent());
      otherHost = "annan-" + code + ".test";
      other =
          municipalities.register(
              code, "Annan kommun " + code, java.util.List.of(otherHost), false);
    }
  }

  StaffMember account(String prefix, Role... roles) {
    return staff.createWithPassword(
        home.id(),
        StaffSessions.uniqueEmail(prefix),
        prefix,
        roles.length == 0 ? EnumSet.allOf(Role.class) : java.util.Set.of(roles),
        null,
        PASSWORD);
  }

  static MockHttpServletRequestBuilder on(String host, MockHttpServletRequestBuilder request) {
    return request.with(
        r -> {
          r.setServerName(host);
          return r;
        });
  }

  String demoId(String sql) {
    return jdbc
        .sql(sql)
        .param("m", home.id().value())
        .query((rs, n) -> rs.getString(1))
        .list()
        .stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("no demo row for " + sql));
  }

  /** One page of each family of staff routes; {@code {name}} is replaced by a demo id. */
  static Stream<String> staffPages() {
    return Stream.of(
        "/personal",
        "/personal/moderering",
        "/personal/admin",
        "/personal/admin/anvandare",
        "/personal/admin/logg",
        "/personal/admin/installation",
        "/personal/admin/inloggning",
        "/personal/admin/kommun",
        "/personal/admin/funktioner",
        "/personal/admin/delaktighetstrappa",
        "/personal/admin/est",
        "/personal/faltrapporter",
        "/personal/faltrapporter/{report}",
        "/personal/rykten",
        "/personal/rykten/{rumour}",
        "/personal/est/{week}",
        "/personal/veckorapporter",
        "/personal/trygghetsvandringar",
        "/personal/trygghetsvandringar/{walk}",
        "/personal/atgarder",
        "/personal/atgarder/{measure}",
        "/personal/lagesbild",
        "/personal/dialoger",
        "/personal/dialoger/{dialogue}",
        "/personal/arbetslista");
  }

  String resolve(String template) {
    Map<String, String> sql = new HashMap<>();
    sql.put("report", "SELECT report_id FROM field_report WHERE municipality_id = :m");
    sql.put("rumour", "SELECT rumour_id FROM rumour WHERE municipality_id = :m");
    sql.put("week", "SELECT iso_year || '/' || iso_week FROM est_week WHERE municipality_id = :m");
    sql.put("walk", "SELECT walk_id FROM walk WHERE municipality_id = :m");
    sql.put("measure", "SELECT measure_id FROM measure WHERE municipality_id = :m");
    sql.put("dialogue", "SELECT dialogue_id FROM dialogue WHERE municipality_id = :m");
    String path = template;
    for (Map.Entry<String, String> entry : sql.entrySet()) {
      String placeholder = "{" + entry.getKey() + "}";
      if (path.contains(placeholder)) {
        path = path.replace(placeholder, demoId(entry.getValue()));
      }
    }
    return path;
  }

  @ParameterizedTest
  @MethodSource("staffPages")
  void aStaffPageOpensOnItsOwnHostAndIsNotFoundOnAnotherMunicipalitysHost(String template)
      throws Exception {
    String path = resolve(template);
    MockHttpSession session = StaffSessions.signIn(mvc, account("allroles").email(), PASSWORD);

    mvc.perform(get(path).session(session)).andExpect(status().isOk());
    mvc.perform(on(otherHost, get(path)).session(session)).andExpect(status().isNotFound());
    // The session still works at home afterwards.
    mvc.perform(get(path).session(session)).andExpect(status().isOk());
  }

  @Test
  void anAdministratorCannotInviteAnAdministratorIntoAnotherMunicipality() throws Exception {
    StaffMember admin = account("admin", Role.ADMINISTRATOR);
    MockHttpSession session = StaffSessions.signIn(mvc, admin.email(), PASSWORD);
    String email = StaffSessions.uniqueEmail("intruder");

    mvc.perform(
            on(
                    otherHost,
                    post("/personal/admin/anvandare/bjud-in")
                        .param("email", email)
                        .param("displayName", "Inkräktare")
                        .param("roles", "ADMINISTRATOR"))
                .session(session)
                .with(csrf()))
        .andExpect(status().isNotFound());

    assertThat(staff.findByEmail(other.id(), email)).isEmpty();
    assertThat(staff.findByEmail(home.id(), email)).isEmpty();
  }

  @Test
  void aFieldReportersSessionDoesNotReachAnotherMunicipalitysStaffPages() throws Exception {
    StaffMember reporter = account("rapportor", Role.FIELD_REPORTER);
    MockHttpSession session = StaffSessions.signIn(mvc, reporter.email(), PASSWORD);

    mvc.perform(get("/personal").session(session)).andExpect(status().isOk());
    mvc.perform(on(otherHost, get("/personal")).session(session)).andExpect(status().isNotFound());
    mvc.perform(on(otherHost, get("/personal/faltrapporter/ny")).session(session))
        .andExpect(status().isNotFound());
  }

  @Test
  void idsOfTheSessionsMunicipalityAreNotFoundOnAnotherHostExactlyLikeUnknownIds()
      throws Exception {
    MockHttpSession session = StaffSessions.signIn(mvc, account("ids").email(), PASSWORD);
    String report = resolve("/personal/faltrapporter/{report}");
    String rumour = resolve("/personal/rykten/{rumour}");
    String unknown = "/personal/faltrapporter/" + java.util.UUID.randomUUID();

    for (String path : java.util.List.of(report, rumour, unknown)) {
      mvc.perform(on(otherHost, get(path)).session(session)).andExpect(status().isNotFound());
    }
  }

  @Test
  void aRefusedRequestIsInTheAuditLogOfBothMunicipalities() throws Exception {
    StaffMember admin = account("logged", Role.ADMINISTRATOR);
    MockHttpSession session = StaffSessions.signIn(mvc, admin.email(), PASSWORD);

    mvc.perform(on(otherHost, get("/personal/admin/logg")).session(session))
        .andExpect(status().isNotFound());

    for (MunicipalityId municipality : java.util.List.of(home.id(), other.id())) {
      AuditEntry entry = awaitAudit(municipality, admin.id().toString());
      assertThat(entry.actorAccountId()).isEqualTo(admin.id());
      assertThat(entry.details()).contains("/personal/admin/logg");
    }
  }

  @Test
  void publicPagesOfAnotherMunicipalityAreRefusedWithTheSessionToo() throws Exception {
    MockHttpSession session =
        StaffSessions.signIn(mvc, account("public", Role.MODERATOR).email(), PASSWORD);
    mvc.perform(on(otherHost, get("/dialoger"))).andExpect(status().isOk());
    mvc.perform(on(otherHost, get("/dialoger")).session(session)).andExpect(status().isNotFound());
  }

  AuditEntry awaitAudit(MunicipalityId municipality, String subject) {
    return await("refusal logged for " + subject + " in " + municipality)
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                auditLog.about(municipality, subject).stream()
                    .filter(e -> e.action().equals("identity.foreignSessionRefused"))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }
}
