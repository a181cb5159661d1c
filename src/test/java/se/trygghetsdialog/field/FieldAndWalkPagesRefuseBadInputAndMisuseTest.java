package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.walk.Walks;

/**
 * The field reports, the EST week, the walks and the lägesbild over HTTP: every page answers
 * garbage (wrong ids, impossible dates, huge and non-finite numbers, overlong text) with a 4xx or a
 * page, never with a server error; another municipality's ids, missing CSRF tokens, the wrong role
 * and public pages get nothing they should not.
 */
@IntegrationTest
class FieldAndWalkPagesRefuseBadInputAndMisuseTest {

  static final String PASSWORD = "Trygghet2026!";

  static final List<String> VALUES =
      List.of(
          "",
          "x",
          "99999999999",
          "-1",
          "0",
          "NaN",
          "Infinity",
          "2026-02-30",
          "+99999-01-01",
          "00000000-0000-0000-0000-000000000000",
          "a".repeat(5_000),
          "remove-999999999999",
          "remove-x");

  static final List<String> PARAMS =
      List.of(
          "action",
          "submissionKey",
          "reporterKind",
          "e0.categoryId",
          "e0.gazetteerId",
          "e0.placeQuery",
          "e0.latitude",
          "e0.longitude",
          "e0.startDate",
          "e0.startTime",
          "e0.endDate",
          "e0.endTime",
          "e0.people",
          "e0.police",
          "e0.whatHappened",
          "e99.people",
          "sida",
          "vecka",
          "kategori",
          "year",
          "week",
          "done",
          "title",
          "description",
          "owner",
          "ownerKind",
          "measure",
          "status",
          "revision",
          "reason",
          "comment",
          "presence",
          "activities",
          "appeal",
          "rows",
          "token",
          "email",
          "name",
          "organisation",
          "count",
          "consent",
          "areaId",
          "meeting1Date",
          "meeting1Time",
          "meeting1Place",
          "meeting2Date",
          "meeting2Time",
          "meeting3Date",
          "meeting3Time",
          "invitees",
          "maxWalkers",
          "stops",
          "clientId",
          "latitude",
          "longitude",
          "categoryId",
          "safety",
          "ownerId",
          "priority",
          "deadline",
          "q",
          "plats",
          "crimeText",
          "analysisText",
          "facts",
          "factsFrom",
          "factsTo",
          "expectedVersion",
          "adoptedOn",
          "adoptedBy",
          "paragraph",
          "problemToken",
          "problemTitle",
          "problemArea",
          "outcome",
          "otherText",
          "registrationNumber",
          "uppfoljning",
          "seen",
          "channel",
          "clarification",
          "publicSummary",
          "areaName");

  @Autowired WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Walks walks;
  @Autowired PlaceCategories categories;
  @Autowired Organisations organisations;
  @Autowired se.trygghetsdialog.walk.PlanWalk planWalk;
  @Autowired se.trygghetsdialog.walk.RegisterForWalk registerForWalk;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
  }

  /**
   * The garbage comes from an address of its own, so that it never uses up the anonymous rate
   * limits of the tests that share the application context.
   */
  final String address =
      "10.66."
          + java.util.concurrent.ThreadLocalRandom.current().nextInt(256)
          + "."
          + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);

  org.springframework.test.web.servlet.request.RequestPostProcessor ownAddress() {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  MockHttpSession as(Role... roles) throws Exception {
    StaffMember member = StaffMother.staff(municipalities, accounts, "Fuzz Fuzz", roles);
    return StaffSessions.signIn(mvc, member.email(), PASSWORD);
  }

  List<String> paths() {
    String walk =
        walks.all(StaffMother.tenant(municipalities).id()).stream()
            .findFirst()
            .map(w -> w.id().toString())
            .orElse("x");
    List<String> paths = new ArrayList<>();
    for (String id : List.of(walk, "x", "00000000-0000-0000-0000-000000000000", "99999999999")) {
      paths.add("/personal/faltrapporter/" + id);
      paths.add("/personal/faltrapporter/" + id + "/kvitto");
      paths.add("/personal/rykten/" + id);
      paths.add("/personal/rykten/" + id + "/publicera");
      paths.add("/personal/rykten/" + id + "/avpublicera");
      paths.add("/personal/veckorapporter/" + id);
      paths.add("/personal/veckorapporter/" + id + "/godkann");
      paths.add("/personal/veckorapporter/" + id + "/atersand");
      paths.add("/personal/trygghetsvandringar/" + id);
      paths.add("/personal/trygghetsvandringar/" + id + "/inbjudna/" + id);
      paths.add("/personal/trygghetsvandringar/" + id + "/skicka");
      paths.add("/personal/trygghetsvandringar/" + id + "/punkter/" + id + "/status");
      paths.add("/personal/trygghetsvandringar/" + id + "/punkter/" + id + "/foto");
      paths.add("/personal/trygghetsvandringar/" + id + "/protokoll");
      paths.add("/trygghetsvandringar/" + id);
      paths.add("/trygghetsvandringar/" + id + "/anmalan");
      paths.add("/trygghetsvandringar/" + id + "/kvitto");
      paths.add("/trygghetsvandringar/" + id + "/protokoll");
      paths.add("/trygghetsvandringar/avboka/" + id);
      paths.add("/personal/lagesbild/problem/" + id + "/ta-bort");
      paths.add("/personal/lagesbild/problem/" + id + "/koppla");
    }
    for (String yearWeek :
        List.of("2026/0", "2026/54", "99999/1", "x/x", "0/1", "2026/99999999999", "-1/-1")) {
      {
        String base = "/personal/est/" + yearWeek;
        paths.add(base);
        paths.add(base + "/checklista");
        paths.add(base + "/atgarder");
        paths.add(base + "/uppfoljning");
        paths.add(base + "/avsluta");
        paths.add(base + "/veckorapport");
        paths.add(base + "/veckorapport/spara");
        paths.add("/trygghet/veckorapporter/" + yearWeek);
      }
    }
    paths.addAll(
        List.of(
            "/personal/faltrapporter",
            "/personal/faltrapporter/ny",
            "/personal/rykten",
            "/personal/rykten/ny",
            "/trygghet/fortydliganden",
            "/trygghet/veckorapporter",
            "/trygghet/veckorapporter.atom",
            "/personal/veckorapporter",
            "/personal/est",
            "/personal/trygghetsvandringar",
            "/personal/trygghetsvandringar/ny",
            "/trygghetsvandringar",
            "/lagesbild",
            "/lagesbild/version/0",
            "/lagesbild/version/999999",
            "/lagesbild/version/999999.pdf",
            "/personal/lagesbild",
            "/personal/lagesbild/utkast",
            "/personal/lagesbild/problem",
            "/personal/lagesbild/anta",
            "/personal/lagesbild/import"));
    return paths;
  }

  @Test
  void noFieldWalkOrLagesbildPageAnswersGarbageWithAServerError() throws Exception {
    Map<String, MockHttpSession> sessions = new LinkedHashMap<>();
    sessions.put("anonymous", null);
    sessions.put("reporter", as(Role.FIELD_REPORTER));
    sessions.put("coordinator", as(Role.SAFETY_COORDINATOR, Role.ADMINISTRATOR, Role.MODERATOR));
    List<String> failures = new ArrayList<>();
    List<String> paths = paths();
    for (Map.Entry<String, MockHttpSession> session : sessions.entrySet()) {
      for (String path : paths) {
        for (String value : VALUES) {
          for (boolean isPost : new boolean[] {false, true}) {
            MockHttpServletRequestBuilder request =
                (isPost ? post(path).with(csrf()) : get(path)).with(ownAddress());
            if (session.getValue() != null) {
              request.session(session.getValue());
            }
            for (String param : PARAMS) {
              request.param(param, value);
            }
            int status;
            try {
              status = mvc.perform(request).andReturn().getResponse().getStatus();
            } catch (Exception e) {
              status = 599;
              failures.add(
                  session.getKey()
                      + " "
                      + (isPost ? "POST " : "GET ")
                      + path
                      + " value="
                      + abbreviate(value)
                      + " -> "
                      + e);
              continue;
            }
            if (status >= 500) {
              failures.add(
                  session.getKey()
                      + " "
                      + (isPost ? "POST " : "GET ")
                      + path
                      + " value="
                      + abbreviate(value)
                      + " -> "
                      + status);
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  static final List<String> MUTATIONS =
      List.of(
          "",
          "x",
          "99999999999",
          "-1",
          "0",
          "100000",
          "NaN",
          "Infinity",
          "91",
          "2026-02-30",
          "+99999-01-01",
          "00:00",
          "00000000-0000-0000-0000-000000000000",
          "a".repeat(20_000),
          "Ring Anna Svensson på 070-123 45 67");

  /**
   * Sends the valid form once per parameter and bad value (the other parameters valid) and collects
   * every answer that is a server error or, for a 400, a page without the typed text.
   */
  void mutate(
      MockHttpSession session,
      String path,
      Map<String, String> valid,
      String keptText,
      List<String> failures)
      throws Exception {
    for (String param : valid.keySet()) {
      for (String value : MUTATIONS) {
        MockHttpServletRequestBuilder request =
            post(path).session(session).with(csrf()).with(ownAddress());
        for (Map.Entry<String, String> p : valid.entrySet()) {
          String v = p.getKey().equals(param) ? value : p.getValue();
          v = v.replace("{uuid}", java.util.UUID.randomUUID().toString());
          request.param(p.getKey(), v);
        }
        String label = "POST " + path + " " + param + "=" + abbreviate(value) + " -> ";
        try {
          var response = mvc.perform(request).andReturn().getResponse();
          int status = response.getStatus();
          if (status >= 500) {
            failures.add(label + status);
          } else if (status == 400
              && !valid.get(param).equals(keptText)
              && !response
                  .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                  .contains(keptText)) {
            failures.add(label + "400 without the typed text");
          }
        } catch (Exception e) {
          failures.add(label + e);
        }
      }
    }
  }

  @Test
  void everyFieldOfTheFormsAcceptsAnyValueWithoutAServerError() throws Exception {
    MockHttpSession coordinator =
        as(Role.SAFETY_COORDINATOR, Role.ADMINISTRATOR, Role.FIELD_REPORTER);
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    String category =
        categories.all(municipality).stream()
            .filter(c -> c.code().equals("GATHERING"))
            .findFirst()
            .orElseThrow()
            .id()
            .toString();
    String day = LocalDate.now(FieldPolicy.ZONE).minusDays(1).toString();
    List<String> failures = new ArrayList<>();

    Map<String, String> report = new LinkedHashMap<>();
    report.put("submissionKey", "{uuid}");
    report.put("reporterKind", "TRYGGHETSVARD");
    report.put("e0.categoryId", category);
    report.put("e0.latitude", "58.2770");
    report.put("e0.longitude", "11.4370");
    report.put("e0.startDate", day);
    report.put("e0.startTime", "21:00");
    report.put("e0.endDate", day);
    report.put("e0.endTime", "21:30");
    report.put("e0.people", "8");
    report.put("e0.police", "no");
    report.put("e0.whatHappened", "Fuzzad händelse vid hamnen.");
    report.put("e0.actionTaken", "Pratade med gruppen.");
    report.put("action", "file");
    mutate(
        coordinator, "/personal/faltrapporter/ny", report, "Fuzzad händelse vid hamnen.", failures);

    Map<String, String> rumour = new LinkedHashMap<>();
    rumour.put("content", "Fuzzat rykte om skolan.");
    rumour.put("channel", "TIKTOK");
    rumour.put("seenDate", day);
    rumour.put("seenTime", "18:00");
    rumour.put("areaId", "");
    rumour.put("clarification", "Det stämmer inte.");
    rumour.put("publicSummary", "");
    mutate(coordinator, "/personal/rykten/ny", rumour, "Fuzzat rykte om skolan.", failures);

    Organisation owner =
        organisations.register(
            municipality,
            "Fuzzförvaltning " + StaffMother.uniqueWord(),
            OrganisationKind.DEPARTMENT,
            null);
    Map<String, String> plan = new LinkedHashMap<>();
    plan.put("title", "Fuzzvandring");
    plan.put("areaId", "");
    plan.put("description", "");
    plan.put("meeting1Date", "2027-03-02");
    plan.put("meeting1Time", "18:00");
    plan.put("meeting1Place", "Biblioteket");
    plan.put("meeting2Date", "2027-03-18");
    plan.put("meeting2Time", "19:00");
    plan.put("meeting2Place", "Busstationen");
    plan.put("meeting3Date", "2027-04-06");
    plan.put("meeting3Time", "18:00");
    plan.put("meeting3Place", "Biblioteket");
    plan.put("invitees", owner.id().toString());
    plan.put("maxWalkers", "20");
    plan.put("stops", "Kungstorget; 58.27461, 11.43527");
    plan.put("dialogueId", "");
    plan.put("previousWalkId", "");
    mutate(coordinator, "/personal/trygghetsvandringar/ny", plan, "Fuzzvandring", failures);

    String walkPath =
        mvc.perform(
                post("/personal/trygghetsvandringar/ny")
                    .session(coordinator)
                    .with(csrf())
                    .params(multi(plan)))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(walkPath).startsWith("/personal/trygghetsvandringar/");
    Map<String, String> point = new LinkedHashMap<>();
    point.put("clientId", "{uuid}");
    point.put("latitude", "58.27461");
    point.put("longitude", "11.43527");
    point.put("placeName", "");
    point.put("categoryId", category);
    point.put("safety", "unsafe");
    point.put("observation", "Fuzzad observation i mörkret.");
    point.put("proposedAction", "Beskär buskarna.");
    point.put("ownerId", owner.id().toString());
    point.put("priority", "MEDIUM");
    point.put("deadline", "2027-06-01");
    mutate(coordinator, walkPath + "/protokoll", point, "Fuzzad observation i mörkret.", failures);

    assertThat(failures).isEmpty();
  }

  String one(String sql, MunicipalityId municipality) {
    return jdbc
        .sql(sql)
        .param("m", municipality.value())
        .query((rs, n) -> rs.getString(1))
        .list()
        .stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("no demo row for " + sql));
  }

  @Test
  void anotherMunicipalitysIdsAreNotFoundAndStaffPostsNeedTheCsrfToken() throws Exception {
    MunicipalityId lysekil = StaffMother.tenant(municipalities).id();
    String report = one("SELECT report_id FROM field_report WHERE municipality_id = :m", lysekil);
    String rumour = one("SELECT rumour_id FROM rumour WHERE municipality_id = :m", lysekil);
    String weekly = one("SELECT report_id FROM weekly_report WHERE municipality_id = :m", lysekil);
    String walk =
        one(
            "SELECT walk_id FROM walk WHERE municipality_id = :m AND protocol_sent_at IS NOT NULL",
            lysekil);
    String point = one("SELECT point_id FROM walk_point WHERE walk_id = '" + walk + "'", lysekil);
    String week =
        one("SELECT iso_year || '/' || iso_week FROM est_week WHERE municipality_id = :m", lysekil);

    String code;
    do {
      code =
          String.format(
              "%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(2000, 9999));
    } while (municipalities.byCode(code).isPresent());
    String host = "bad-input-" + code + ".test";
    MunicipalityId other =
        municipalities.register(code, "Annan kommun " + code, List.of(host), false).id();
    StaffMember member =
        accounts.createWithPassword(
            other,
            StaffMother.uniqueEmail("annan"),
            "Annan Samordnare",
            java.util.Set.of(Role.SAFETY_COORDINATOR, Role.ADMINISTRATOR, Role.MODERATOR),
            null,
            PASSWORD);
    var signIn =
        mvc.perform(
                post("/logga-in")
                    .with(
                        r -> {
                          r.setServerName(host);
                          return r;
                        })
                    .with(csrf())
                    .param("email", member.email())
                    .param("password", PASSWORD))
            .andReturn();
    MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);

    List<String> failures = new ArrayList<>();
    for (String path :
        List.of(
            "/personal/faltrapporter/" + report,
            "/personal/faltrapporter/" + report + "/kvitto",
            "/personal/rykten/" + rumour,
            "/personal/veckorapporter/" + weekly,
            "/personal/est/" + week,
            "/personal/trygghetsvandringar/" + walk,
            "/personal/trygghetsvandringar/" + walk + "/protokoll",
            "/personal/trygghetsvandringar/" + walk + "/punkter/" + point + "/foto",
            "/trygghetsvandringar/" + walk,
            "/trygghetsvandringar/" + walk + "/protokoll")) {
      int status =
          mvc.perform(
                  get(path)
                      .session(session)
                      .with(
                          r -> {
                            r.setServerName(host);
                            return r;
                          }))
              .andReturn()
              .getResponse()
              .getStatus();
      if (status != 404) {
        failures.add("GET " + path + " on another municipality -> " + status);
      }
    }
    for (String path :
        List.of(
            "/personal/rykten/" + rumour + "/publicera",
            "/personal/rykten/" + rumour + "/avpublicera",
            "/personal/veckorapporter/" + weekly + "/godkann",
            "/personal/trygghetsvandringar/" + walk + "/skicka",
            "/personal/trygghetsvandringar/" + walk + "/punkter/" + point + "/status")) {
      int status =
          mvc.perform(
                  post(path)
                      .param("status", "DONE")
                      .session(session)
                      .with(csrf())
                      .with(
                          r -> {
                            r.setServerName(host);
                            return r;
                          }))
              .andReturn()
              .getResponse()
              .getStatus();
      if (status != 404) {
        failures.add("POST " + path + " on another municipality -> " + status);
      }
    }
    // A follow-up of another municipality's walk is refused with a message.
    MockHttpSession lysekilCoordinator = as(Role.SAFETY_COORDINATOR);
    MockHttpSession otherPlanner = session;
    var followUp =
        mvc.perform(
                post("/personal/trygghetsvandringar/ny")
                    .session(otherPlanner)
                    .with(csrf())
                    .with(
                        r -> {
                          r.setServerName(host);
                          return r;
                        })
                    .param("title", "Uppföljning av annans vandring")
                    .param("meeting1Date", "2027-03-02")
                    .param("meeting1Time", "18:00")
                    .param("meeting1Place", "Biblioteket")
                    .param("meeting2Date", "2027-03-18")
                    .param("meeting2Time", "19:00")
                    .param("meeting2Place", "Torget")
                    .param("meeting3Date", "2027-04-06")
                    .param("meeting3Time", "18:00")
                    .param("meeting3Place", "Biblioteket")
                    .param(
                        "invitees",
                        organisations
                            .register(other, "Gatukontoret", OrganisationKind.DEPARTMENT, null)
                            .id()
                            .toString())
                    .param("maxWalkers", "20")
                    .param("previousWalkId", walk))
            .andReturn()
            .getResponse();
    assertThat(followUp.getStatus()).isEqualTo(400);
    assertThat(followUp.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("Den tidigare vandringen finns inte.");

    // Without the CSRF token every state-changing POST is refused.
    for (String path :
        List.of(
            "/personal/faltrapporter/ny",
            "/personal/rykten/ny",
            "/personal/rykten/" + rumour,
            "/personal/rykten/" + rumour + "/publicera",
            "/personal/rykten/" + rumour + "/avpublicera",
            "/personal/veckorapporter/" + weekly + "/godkann",
            "/personal/veckorapporter/" + weekly + "/atersand",
            "/personal/est",
            "/personal/est/" + week + "/checklista",
            "/personal/est/" + week + "/atgarder",
            "/personal/est/" + week + "/uppfoljning",
            "/personal/est/" + week + "/avsluta",
            "/personal/est/" + week + "/veckorapport",
            "/personal/est/" + week + "/veckorapport/spara",
            "/personal/trygghetsvandringar/ny",
            "/personal/trygghetsvandringar/" + walk + "/skicka",
            "/personal/trygghetsvandringar/" + walk + "/protokoll",
            "/personal/trygghetsvandringar/" + walk + "/punkter/" + point + "/status",
            "/trygghetsvandringar/" + walk + "/anmalan",
            "/trygghetsvandringar/avboka/x",
            "/personal/lagesbild/utkast",
            "/personal/lagesbild/problem",
            "/personal/lagesbild/anta",
            "/personal/lagesbild/import")) {
      int status =
          mvc.perform(post(path).session(lysekilCoordinator)).andReturn().getResponse().getStatus();
      if (status != 403) {
        failures.add("POST " + path + " without CSRF -> " + status);
      }
    }
    // A resident reaches no staff page.
    for (String path :
        List.of(
            "/personal/faltrapporter",
            "/personal/faltrapporter/" + report,
            "/personal/rykten",
            "/personal/est",
            "/personal/est/" + week,
            "/personal/veckorapporter",
            "/personal/trygghetsvandringar",
            "/personal/trygghetsvandringar/" + walk,
            "/personal/trygghetsvandringar/" + walk + "/punkter/" + point + "/foto",
            "/personal/lagesbild",
            "/personal/lagesbild/import")) {
      var response = mvc.perform(get(path)).andReturn().getResponse();
      if (response.getStatus() != 302
          || !String.valueOf(response.getRedirectedUrl()).contains("/logga-in")) {
        failures.add("GET " + path + " anonymous -> " + response.getStatus());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void rapportorerAndPartnersReachNeitherTheWeekNorTheLagesbildNorWalkPlanning() throws Exception {
    MunicipalityId lysekil = StaffMother.tenant(municipalities).id();
    String walk = one("SELECT walk_id FROM walk WHERE municipality_id = :m", lysekil);
    List<String> failures = new ArrayList<>();
    for (Role role : List.of(Role.FIELD_REPORTER, Role.PARTNER)) {
      MockHttpSession session = as(role);
      for (String path :
          List.of(
              "/personal/est",
              "/personal/veckorapporter",
              "/personal/rykten",
              "/personal/rykten/ny",
              "/personal/lagesbild",
              "/personal/lagesbild/import",
              "/personal/trygghetsvandringar/ny",
              "/personal/trygghetsvandringar/" + walk + "/protokoll")) {
        int status = mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
        if (status != 403) {
          failures.add(role + " GET " + path + " -> " + status);
        }
      }
      for (String path :
          List.of(
              "/personal/est",
              "/personal/trygghetsvandringar/ny",
              "/personal/trygghetsvandringar/" + walk + "/protokoll",
              "/personal/trygghetsvandringar/" + walk + "/skicka",
              "/personal/lagesbild/utkast",
              "/personal/lagesbild/anta")) {
        int status =
            mvc.perform(post(path).session(session).with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        if (status != 403) {
          failures.add(role + " POST " + path + " -> " + status);
        }
      }
    }
    int partnerFiling =
        mvc.perform(get("/personal/faltrapporter/ny").session(as(Role.PARTNER)))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(partnerFiling).isEqualTo(403);
    assertThat(failures).isEmpty();
  }

  List<String> texts(String sql, MunicipalityId municipality) {
    return jdbc
        .sql(sql)
        .param("m", municipality.value())
        .query((rs, n) -> rs.getString(1))
        .list()
        .stream()
        .filter(t -> t != null && t.strip().length() >= 16)
        .map(String::strip)
        // The garbage of the other tests lands in public fields (a walk's title) too.
        .filter(t -> !VALUES.contains(t) && !MUTATIONS.contains(t))
        .distinct()
        .toList();
  }

  @Test
  void noPublicPageFeedOrPdfShowsFieldTextRumoursNamesRegistrationsPhotosOrExactPoints()
      throws Exception {
    MunicipalityId lysekil = StaffMother.tenant(municipalities).id();
    Map<String, List<String>> secrets = new LinkedHashMap<>();
    secrets.put(
        "field event text",
        texts(
            "SELECT e.what_happened FROM field_event e JOIN field_report r USING (report_id)"
                + " WHERE r.municipality_id = :m UNION SELECT e.action_taken FROM field_event e"
                + " JOIN field_report r USING (report_id) WHERE r.municipality_id = :m",
            lysekil));
    secrets.put(
        "rumour text", texts("SELECT content FROM rumour WHERE municipality_id = :m", lysekil));
    secrets.put(
        "reporter name or e-mail",
        texts(
            "SELECT display_name FROM staff_account WHERE municipality_id = :m"
                + " AND 'FIELD_REPORTER' = ANY(roles) UNION SELECT email FROM staff_account"
                + " WHERE municipality_id = :m",
            lysekil));
    secrets.put(
        "registration",
        texts(
            "SELECT g.name FROM walk_registration g JOIN walk w USING (walk_id)"
                + " WHERE w.municipality_id = :m UNION SELECT g.email FROM walk_registration g"
                + " JOIN walk w USING (walk_id) WHERE w.municipality_id = :m",
            lysekil));
    secrets.put(
        "walk observation",
        texts(
            "SELECT p.observation FROM walk_point p JOIN walk w USING (walk_id)"
                + " WHERE w.municipality_id = :m",
            lysekil));
    secrets.put(
        "exact position",
        texts(
                "SELECT to_char(p.latitude, 'FM990.000000') FROM walk_point p JOIN walk w"
                    + " USING (walk_id) WHERE w.municipality_id = :m UNION SELECT"
                    + " to_char(e.latitude, 'FM990.000000') FROM field_event e JOIN field_report r"
                    + " USING (report_id) WHERE r.municipality_id = :m",
                lysekil)
            .stream()
            .filter(t -> !t.endsWith("0000"))
            .toList());
    assertThat(secrets.get("field event text")).isNotEmpty();
    assertThat(secrets.get("rumour text")).isNotEmpty();

    List<String> pages = new ArrayList<>();
    pages.add("/trygghet/veckorapporter");
    pages.add("/trygghet/veckorapporter.atom");
    pages.add("/trygghet/fortydliganden");
    pages.add("/trygghetsvandringar");
    pages.add("/lagesbild");
    for (String week :
        jdbc.sql(
                "SELECT iso_year || '/' || iso_week FROM weekly_report WHERE municipality_id = :m"
                    + " AND status = 'PUBLISHED'")
            .param("m", lysekil.value())
            .query((rs, n) -> rs.getString(1))
            .list()) {
      pages.add("/trygghet/veckorapporter/" + week);
    }
    for (String walk :
        jdbc.sql("SELECT walk_id::text FROM walk WHERE municipality_id = :m")
            .param("m", lysekil.value())
            .query((rs, n) -> rs.getString(1))
            .list()) {
      pages.add("/trygghetsvandringar/" + walk);
      pages.add("/trygghetsvandringar/" + walk + "/protokoll");
    }
    List<String> failures = new ArrayList<>();
    for (String path : pages) {
      var response = mvc.perform(get(path)).andReturn().getResponse();
      check(
          path,
          response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8),
          secrets,
          failures);
    }
    for (int version = 1; version <= 10; version++) {
      var response =
          mvc.perform(get("/lagesbild/version/" + version + ".pdf")).andReturn().getResponse();
      if (response.getStatus() != 200) {
        continue;
      }
      try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
        check(
            "/lagesbild/version/" + version + ".pdf",
            new org.apache.pdfbox.text.PDFTextStripper().getText(pdf),
            secrets,
            failures);
      }
      var html = mvc.perform(get("/lagesbild/version/" + version)).andReturn().getResponse();
      check(
          "/lagesbild/version/" + version,
          html.getContentAsString(java.nio.charset.StandardCharsets.UTF_8),
          secrets,
          failures);
    }
    assertThat(pages).hasSizeGreaterThan(6);
    assertThat(failures).isEmpty();
  }

  private static void check(
      String path, String body, Map<String, List<String>> secrets, List<String> failures) {
    if (body.contains("/foto")) {
      failures.add(path + " links a photo");
    }
    secrets.forEach(
        (kind, values) -> {
          for (String value : values) {
            if (body.contains(value)) {
              failures.add(path + " shows " + kind + ": " + abbreviate(value));
            }
          }
        });
  }

  /**
   * The CSRF token of an upload form travels in its body, never in the URL (where it would end in
   * logs, the browser history and Referer headers).
   */
  @Test
  void theProtocolFormCarriesItsCsrfTokenInTheBodyNotTheUrl() throws Exception {
    MunicipalityId lysekil = StaffMother.tenant(municipalities).id();
    String walk = one("SELECT walk_id FROM walk WHERE municipality_id = :m", lysekil);
    String page =
        mvc.perform(
                get("/personal/trygghetsvandringar/" + walk + "/protokoll")
                    .session(as(Role.SAFETY_COORDINATOR)))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page)
        .contains(
            "<form method=\"post\" action=\"/personal/trygghetsvandringar/"
                + walk
                + "/protokoll\" enctype=\"multipart/form-data\"")
        .containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\">")
        .doesNotContain("_csrf=");
  }

  @Test
  void aRegistrationSentTwiceWithTheSameAddressTakesOnePlace() {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    Organisation owner =
        organisations.register(
            municipality,
            "Anmälningsförvaltning " + StaffMother.uniqueWord(),
            OrganisationKind.DEPARTMENT,
            null);
    java.util.UUID walkId =
        planWalk.plan(
            municipality,
            new se.trygghetsdialog.walk.PlanWalk.Input(
                "Dubbelklick",
                null,
                "",
                List.of(
                    new se.trygghetsdialog.walk.Meeting(
                        java.time.LocalDateTime.of(2027, 3, 2, 18, 0), "Biblioteket"),
                    new se.trygghetsdialog.walk.Meeting(
                        java.time.LocalDateTime.of(2027, 3, 18, 19, 0), "Torget"),
                    new se.trygghetsdialog.walk.Meeting(
                        java.time.LocalDateTime.of(2027, 4, 6, 18, 0), "Biblioteket")),
                List.of(new se.trygghetsdialog.walk.PlanWalk.Invitation(owner.id(), "")),
                5,
                List.of(),
                null,
                null),
            accounts.actingAs(
                StaffMother.staff(
                    municipalities, accounts, "Plan Planer", Role.SAFETY_COORDINATOR)));
    var input =
        new se.trygghetsdialog.walk.RegisterForWalk.Input(
            "Kim", "kim@example.org", true, se.trygghetsdialog.walk.WalkerGroup.INDIVIDUAL, "");
    var first = registerForWalk.register(municipality, walkId, input);
    // The second sign-up answers as a new one (it must not reveal the registered address) but
    // takes no second place: it is the same registration.
    var second =
        registerForWalk.register(
            municipality,
            walkId,
            new se.trygghetsdialog.walk.RegisterForWalk.Input(
                "Kim",
                "KIM@example.org",
                true,
                se.trygghetsdialog.walk.WalkerGroup.INDIVIDUAL,
                ""));
    assertThat(second.registrationId()).isEqualTo(first.registrationId());
    assertThat(walks.find(municipality, walkId).orElseThrow().registered()).isEqualTo(1);
    // Without an address nothing can tell two walkers apart: both are registered.
    var anonymous =
        new se.trygghetsdialog.walk.RegisterForWalk.Input(
            "", null, false, se.trygghetsdialog.walk.WalkerGroup.INDIVIDUAL, "");
    registerForWalk.register(municipality, walkId, anonymous);
    registerForWalk.register(municipality, walkId, anonymous);
    assertThat(walks.find(municipality, walkId).orElseThrow().registered()).isEqualTo(3);
  }

  @Test
  void theHiddenPlaceNameIsNeverStoredAsTyped() throws Exception {
    MockHttpSession reporter = as(Role.FIELD_REPORTER);
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    String category =
        categories.all(municipality).stream()
            .filter(c -> c.code().equals("GATHERING"))
            .findFirst()
            .orElseThrow()
            .id()
            .toString();
    String day = LocalDate.now(FieldPolicy.ZONE).minusDays(1).toString();
    java.util.UUID key = java.util.UUID.randomUUID();
    var response =
        mvc.perform(
                post("/personal/faltrapporter/ny")
                    .session(reporter)
                    .with(csrf())
                    .param("submissionKey", key.toString())
                    .param("reporterKind", "TRYGGHETSVARD")
                    .param("e0.categoryId", category)
                    .param("e0.gazetteerId", "")
                    .param("e0.placeName", "Hemma hos Anna Svensson, 070-123 45 67")
                    .param("e0.latitude", "58.2770")
                    .param("e0.longitude", "11.4370")
                    .param("e0.startDate", day)
                    .param("e0.startTime", "21:00")
                    .param("e0.endDate", day)
                    .param("e0.endTime", "21:30")
                    .param("e0.people", "3")
                    .param("e0.police", "no")
                    .param("e0.whatHappened", "Samling vid torget.")
                    .param("action", "file"))
            .andReturn()
            .getResponse();
    assertThat(response.getRedirectedUrl()).endsWith("/kvitto");
    assertThat(
            jdbc.sql(
                    "SELECT e.place_name FROM field_event e JOIN field_report r"
                        + " ON r.report_id = e.report_id WHERE r.submission_key = :k")
                .param("k", key)
                .query(String.class)
                .single())
        .isEmpty();
  }

  @Test
  void everyBadCrimeStatisticsFileIsAnsweredWithAMessage() throws Exception {
    MockHttpSession coordinator = as(Role.SAFETY_COORDINATOR);
    List<String> failures = new ArrayList<>();
    StringBuilder big = new StringBuilder("kategori;period;antal\n");
    while (big.length() < 10_000_000) {
      big.append("Misshandel;2024;12\n");
    }
    List<byte[]> files =
        List.of(
            new byte[0],
            "kategori;period;antal".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "kategori;period;antal\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "\n\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            big.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "kategori;period;antal\nSkadegörelse;2024;5"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            "kategori;period;antal\nA;2024;-5\nB;2024-Q5;1\nC;2024-13;1\nD;99999;1\nE;2024;99999999999999999999\nF;;\n\"G;2024;1\nH;2024;1;1"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "antal\n1".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 3});
    for (byte[] bytes : files) {
      var response =
          mvc.perform(
                  org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                          "/personal/lagesbild/import")
                      .file(
                          new org.springframework.mock.web.MockMultipartFile(
                              "file", "brott.csv", "text/csv", bytes))
                      .session(coordinator)
                      .with(csrf()))
              .andReturn()
              .getResponse();
      if (response.getStatus() != 400) {
        failures.add(bytes.length + " bytes -> " + response.getStatus());
      }
    }
    assertThat(failures).isEmpty();
  }

  private static org.springframework.util.MultiValueMap<String, String> multi(
      Map<String, String> params) {
    var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
    params.forEach(map::add);
    return map;
  }

  private static String abbreviate(String value) {
    return value.length() > 30 ? value.substring(0, 10) + "…(" + value.length() + ")" : value;
  }
}
