package se.trygghetsdialog.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Feature;
import se.trygghetsdialog.tenancy.FeatureSwitches;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.SwitchFeatures;

/**
 * The route × role authorization table: every staff route (each pattern under /personal and
 * /plattform with each HTTP method, as the application registers them) has a row in {@code
 * src/test/resources/security/staff-routes.csv} naming the roles that may reach it, and every other
 * role is refused (403, 404, 401 or sent to a sign-in page). A route without a row fails the test
 * with the rows to add; a row without a route fails it too. Path variables are filled with ids of
 * the demo data where a rule below knows them, so that a refusal is not merely an unknown id.
 *
 * <p>Run with {@code -Droutes.observe=true} to write what each role reaches now to {@code
 * target/staff-routes.observed.csv}, in the table's format, as a starting point for new rows.
 */
@IntegrationTest
class StaffRouteAuthorizationTest {

  static final String TABLE = "/security/staff-routes.csv";

  /** The demo account of each role (LysekilDemoData); a new role needs one here. */
  private static final Map<Role, String> DEMO_ACCOUNTS =
      Map.ofEntries(
          Map.entry(Role.ADMINISTRATOR, "admin"),
          Map.entry(Role.PROCESS_LEADER, "processledare"),
          Map.entry(Role.CONVERSATION_LEADER, "samtalsledare"),
          Map.entry(Role.MODERATOR, "moderator"),
          Map.entry(Role.ELECTED_OFFICIAL, "fortroendevald"),
          Map.entry(Role.SAFETY_COORDINATOR, "trygghetssamordnare"),
          Map.entry(Role.FIELD_REPORTER, "rapportor"),
          Map.entry(Role.PARTNER, "partner"),
          Map.entry(Role.REGISTRAR, "registrator"),
          Map.entry(Role.AUDITOR, "granskare"));

  private static final String DEMO_PASSWORD = "Trygghet2026!";

  /**
   * Real ids for path variables: the rule whose pattern prefix is the longest prefix of a route
   * fills the variables its columns name (SQL with :m for the municipality). A variable no rule
   * fills gets a random UUID (or 1 for a number): the route is then only checked against an unknown
   * id, which the test prints.
   */
  private static final Map<String, String> SAMPLES =
      Map.ofEntries(
          Map.entry(
              "/personal/dialoger/{id}",
              """
              SELECT d.dialogue_id AS id FROM dialogue d WHERE d.municipality_id = :m
              ORDER BY (SELECT count(*) FROM perspective_contact c
                        WHERE c.dialogue_id = d.dialogue_id) DESC, d.dialogue_id LIMIT 1
              """),
          Map.entry(
              "/personal/dialoger/{id}/moten/{sessionId}",
              "SELECT dialogue_id AS id, session_id AS \"sessionId\" FROM dialogue_session"
                  + " WHERE municipality_id = :m ORDER BY session_id LIMIT 1"),
          Map.entry(
              "/personal/dialoger/{id}/moten/{sessionId}/material/{fileId}",
              "SELECT s.dialogue_id AS id, s.session_id AS \"sessionId\","
                  + " m.material_id AS \"fileId\" FROM dialogue_session_material m"
                  + " JOIN dialogue_session s ON s.session_id = m.session_id"
                  + " WHERE m.municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/dialoger/{id}/kontakter/{contactId}",
              "SELECT dialogue_id AS id, contact_id AS \"contactId\" FROM perspective_contact"
                  + " WHERE municipality_id = :m ORDER BY contact_id LIMIT 1"),
          Map.entry(
              "/personal/dialoger/{id}/teman/{themeId}",
              "SELECT dialogue_id AS id, theme_id AS \"themeId\" FROM perspective_theme"
                  + " WHERE municipality_id = :m ORDER BY theme_id LIMIT 1"),
          Map.entry(
              "/personal/dialoger/{id}/perspektiv/{perspectiveId}",
              "SELECT dialogue_id AS id, perspective_id AS \"perspectiveId\" FROM perspective"
                  + " WHERE municipality_id = :m ORDER BY perspective_id LIMIT 1"),
          Map.entry(
              "/personal/dialoger/{id}/pastaenden",
              "SELECT dialogue_id AS id FROM opinion_statement WHERE municipality_id = :m"
                  + " ORDER BY statement_id LIMIT 1"),
          Map.entry(
              "/personal/dialoger/{id}/pastaenden/{statementId}",
              "SELECT dialogue_id AS id, statement_id AS \"statementId\" FROM opinion_statement"
                  + " WHERE municipality_id = :m ORDER BY statement_id LIMIT 1"),
          Map.entry(
              "/personal/dialoger/{id}/team/{accountId}",
              "SELECT dialogue_id AS id, account_id AS \"accountId\" FROM dialogue_team_member"
                  + " WHERE municipality_id = :m ORDER BY dialogue_id, account_id LIMIT 1"),
          Map.entry("/personal/dialoger/{id}/underlag/{kind}", "SELECT 'sammanstallning' AS kind"),
          Map.entry(
              "/personal/dialoger/{id}/deltagande/{table}.csv", "SELECT 'kanal' AS \"table\""),
          Map.entry(
              "/personal/amnen/{id}",
              "SELECT topic_id AS id FROM topic WHERE municipality_id = :m ORDER BY number LIMIT 1"),
          Map.entry(
              "/personal/atgarder/{id}",
              "SELECT measure_id AS id FROM measure WHERE municipality_id = :m"
                  + " ORDER BY measure_id LIMIT 1"),
          Map.entry(
              "/personal/atgarder/medborgarloften/{id}",
              "SELECT promise_id AS id FROM citizen_promise WHERE municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/svarsuppgifter/{id}",
              "SELECT task_id AS id FROM response_task WHERE municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/lagesbild/problem/{id}",
              "SELECT problem_id AS id FROM lagesbild_problem WHERE municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/moderering/{id}",
              "SELECT item_id AS id FROM moderation_item WHERE municipality_id = :m"
                  + " ORDER BY item_id LIMIT 1"),
          Map.entry("/personal/moderering/{id}/{decision}", "SELECT 'intern' AS decision"),
          Map.entry(
              "/personal/faltrapporter/{id}",
              "SELECT report_id AS id FROM field_report WHERE municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/rykten/{id}",
              "SELECT rumour_id AS id FROM rumour WHERE municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/veckorapporter/{id}",
              "SELECT report_id AS id FROM weekly_report WHERE municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/est/{year}/{week}",
              "SELECT iso_year AS year, iso_week AS week FROM est_week WHERE municipality_id = :m"
                  + " ORDER BY iso_year DESC, iso_week DESC LIMIT 1"),
          Map.entry(
              "/personal/trygghetsvandringar/{id}",
              "SELECT walk_id AS id FROM walk WHERE municipality_id = :m ORDER BY walk_id LIMIT 1"),
          Map.entry(
              "/personal/trygghetsvandringar/{id}/punkter/{point}",
              "SELECT p.walk_id AS id, p.point_id AS point FROM walk_point p"
                  + " JOIN walk w ON w.walk_id = p.walk_id WHERE w.municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/trygghetsvandringar/{id}/inbjudna/{organisation}",
              "SELECT i.walk_id AS id, i.organisation_id AS organisation FROM walk_invitee i"
                  + " JOIN walk w ON w.walk_id = i.walk_id WHERE w.municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/platsrapporter/{id}",
              "SELECT r.report_id AS id FROM place_report r WHERE r.municipality_id = :m"
                  + " ORDER BY (SELECT count(*) FROM place_photo p"
                  + " WHERE p.report_id = r.report_id) DESC, r.report_id LIMIT 1"),
          Map.entry(
              "/personal/admin/tillganglighet/{id}",
              "SELECT id FROM accessibility_report WHERE municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/admin/organisationer/{id}",
              "SELECT organisation_id AS id FROM organisation WHERE municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/admin/omraden/{id}",
              "SELECT area_id AS id FROM area WHERE municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/admin/ortnamn/{id}",
              "SELECT entry_id AS id FROM gazetteer_entry WHERE municipality_id = :m LIMIT 1"),
          Map.entry(
              "/personal/admin/befolkning/{id}",
              "SELECT import_id AS id FROM population_import WHERE municipality_id = :m LIMIT 1"),
          Map.entry("/plattform/kommuner/{id}", "SELECT :m AS id"));

  /**
   * Rows to add when a rule of {@link #SAMPLES} finds nothing in the demo data, so that the route
   * is checked against a real id.
   */
  private static final Map<String, String> SEEDS =
      Map.of(
          "/personal/admin/tillganglighet/{id}",
          "INSERT INTO accessibility_report (id, municipality_id, description)"
              + " VALUES (gen_random_uuid(), :m, 'Route check')",
          "/personal/svarsuppgifter/{id}",
          "INSERT INTO response_task (task_id, municipality_id, recipient, subject, due_on,"
              + " creation_token) VALUES (gen_random_uuid(), :m, 'Polisen', 'Route check',"
              + " current_date + 7, gen_random_uuid())");

  private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?}");

  @Autowired WebApplicationContext context;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired FeatureSwitches features;
  @Autowired SwitchFeatures switchFeatures;

  /** One route: an HTTP method and a pattern as registered. */
  record Route(String method, String pattern) implements Comparable<Route> {
    @Override
    public int compareTo(Route other) {
      int byPattern = pattern.compareTo(other.pattern);
      return byPattern != 0 ? byPattern : method.compareTo(other.method);
    }

    String row(Set<Role> allowed) {
      return method + "," + pattern + "," + format(allowed);
    }
  }

  static String format(Set<Role> allowed) {
    if (allowed.equals(EnumSet.allOf(Role.class))) {
      return "ALL";
    }
    if (allowed.isEmpty()) {
      return "NONE";
    }
    return allowed.stream().map(Role::name).collect(Collectors.joining(" "));
  }

  static Set<Role> parse(String allowed) {
    return switch (allowed.strip()) {
      case "ALL" -> EnumSet.allOf(Role.class);
      case "NONE" -> EnumSet.noneOf(Role.class);
      default ->
          Arrays.stream(allowed.strip().split("\\s+"))
              .map(Role::valueOf)
              .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    };
  }

  /** Every staff route the application registers. */
  private Set<Route> routes() {
    Set<Route> routes = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/personal") && !pattern.startsWith("/plattform")) {
          continue;
        }
        if (methods.isEmpty()) {
          routes.add(new Route("GET", pattern));
        }
        for (RequestMethod method : methods) {
          routes.add(new Route(method.name(), pattern));
        }
      }
    }
    return routes;
  }

  private static Map<Route, Set<Role>> table() throws IOException {
    Map<Route, Set<Role>> table = new LinkedHashMap<>();
    try (Reader in =
        new InputStreamReader(
            StaffRouteAuthorizationTest.class.getResourceAsStream(TABLE), StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT
              .builder()
              .setCommentMarker('#')
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreSurroundingSpaces(true)
              .get()
              .parse(in)) {
        table.put(new Route(row.get("method"), row.get("pattern")), parse(row.get("allowed")));
      }
    }
    return table;
  }

  @Test
  void everyStaffRouteHasARowInTheTable() throws IOException {
    Set<Route> routes = routes();
    Map<Route, Set<Role>> table = table();
    List<String> missing =
        routes.stream()
            .filter(route -> !table.containsKey(route))
            .map(route -> route.row(EnumSet.noneOf(Role.class)).replaceAll(",NONE$", ",TODO"))
            .toList();
    List<String> stale =
        table.keySet().stream()
            .filter(route -> !routes.contains(route))
            .map(route -> route.row(table.get(route)))
            .toList();
    assertThat(missing)
        .as(
            "staff routes without a row in src/test/resources%s; add these rows with the roles"
                + " that may reach each route in place of TODO (space-separated Role names, ALL or"
                + " NONE):%n%s%n",
            TABLE, String.join(System.lineSeparator(), missing))
        .isEmpty();
    assertThat(stale)
        .as("rows in %s for routes that no longer exist; remove them", TABLE)
        .isEmpty();
  }

  @Test
  void everyRoleTheTableLeavesOutIsRefused() throws Exception {
    MockMvc mvc = StaffSessions.mockMvc(context);
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    Map<Role, MockHttpSession> sessions = sessions(mvc);
    Map<Route, Set<Role>> table = table();
    boolean observe = Boolean.getBoolean("routes.observe");
    List<String> reached = new ArrayList<>();
    List<String> unknownIds = new ArrayList<>();
    Map<Route, Set<Role>> observed = new TreeMap<>();
    // Every feature on, so that no route is refused merely because its feature is off; the
    // municipality's own choice is put back afterwards.
    Set<Feature> before = features.enabled(municipality);
    try {
      for (Route route : routes()) {
        allFeaturesOn(municipality);
        Set<Role> allowed = table.getOrDefault(route, EnumSet.allOf(Role.class));
        Filled filled = fill(route.pattern(), municipality);
        if (!filled.unknown().isEmpty()) {
          unknownIds.add(route.method() + " " + route.pattern() + " " + filled.unknown());
        }
        Set<Role> reaching = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
          if (!observe && allowed.contains(role)) {
            continue;
          }
          MockHttpServletResponse response =
              mvc.perform(requestFor(route, filled.path(), sessions.get(role)))
                  .andReturn()
                  .getResponse();
          if (!refused(response)) {
            reaching.add(role);
            if (!allowed.contains(role)) {
              reached.add(
                  route.method()
                      + " "
                      + filled.path()
                      + " ("
                      + route.pattern()
                      + ") reached by "
                      + role
                      + ": "
                      + response.getStatus());
            }
          }
        }
        observed.put(route, reaching);
      }
    } finally {
      switchFeatures.change(
          municipality, null, new SwitchFeatures.Command(new ArrayList<>(before)));
    }
    System.out.println(
        "Routes checked against an unknown id only (add a rule to SAMPLES):\n  "
            + String.join("\n  ", unknownIds));
    if (observe) {
      List<String> lines = new ArrayList<>();
      lines.add("method,pattern,allowed");
      observed.forEach((route, roles) -> lines.add(route.row(roles)));
      Files.write(Path.of("target/staff-routes.observed.csv"), lines);
    }
    assertThat(reached).as("roles that the table refuses but that reached the route").isEmpty();
  }

  /** Switches every feature on (an observed form post may have switched them off). */
  private void allFeaturesOn(MunicipalityId municipality) {
    if (!features.enabled(municipality).equals(EnumSet.allOf(Feature.class))) {
      switchFeatures.change(
          municipality, null, new SwitchFeatures.Command(List.of(Feature.values())));
    }
  }

  private static MockHttpServletRequestBuilder requestFor(
      Route route, String path, MockHttpSession session) {
    MockHttpServletRequestBuilder request =
        request(HttpMethod.valueOf(route.method()), path).session(session);
    if (!route.method().equals("GET") && !route.method().equals("HEAD")) {
      request.with(csrf());
    }
    return request;
  }

  /** Refused: forbidden, not found, unauthenticated or sent to a sign-in page. */
  static boolean refused(MockHttpServletResponse response) {
    int status = response.getStatus();
    if (status == 401 || status == 403 || status == 404) {
      return true;
    }
    String location = response.getRedirectedUrl();
    return status / 100 == 3 && location != null && location.contains("logga-in");
  }

  private Map<Role, MockHttpSession> sessions(MockMvc mvc) throws Exception {
    Map<Role, MockHttpSession> sessions = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      String user = DEMO_ACCOUNTS.get(role);
      assertThat(user).as("a demo account for the role %s in DEMO_ACCOUNTS", role).isNotNull();
      sessions.put(role, StaffSessions.signIn(mvc, user + "@lysekil.example", DEMO_PASSWORD));
    }
    return sessions;
  }

  record Filled(String path, List<String> unknown) {}

  /** The pattern with its variables filled, from the longest matching sample rule first. */
  private Filled fill(String pattern, MunicipalityId municipality) {
    String normalized = VARIABLE.matcher(pattern).replaceAll("{$1}");
    Map<String, String> values = new LinkedHashMap<>();
    SAMPLES.entrySet().stream()
        .filter(
            rule -> normalized.equals(rule.getKey()) || normalized.startsWith(rule.getKey() + "/"))
        .sorted((a, b) -> b.getKey().length() - a.getKey().length())
        .forEach(
            rule ->
                sample(rule.getKey(), rule.getValue(), municipality)
                    .ifPresent(
                        row ->
                            row.forEach(
                                (name, value) -> values.putIfAbsent(name, String.valueOf(value)))));
    if (normalized.contains("/admin/anvandare/{id}")) {
      values.put("id", throwawayAccount().toString());
    }
    List<String> unknown = new ArrayList<>();
    Matcher variable = VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (variable.find()) {
      String name = variable.group(1);
      String value = values.get(name);
      if (value == null) {
        unknown.add(name);
        value =
            name.equals("year") || name.equals("week") || name.equals("number")
                ? String.valueOf(LocalDate.now().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : UUID.randomUUID().toString();
      }
      variable.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    variable.appendTail(path);
    return new Filled(path.toString(), unknown);
  }

  /** The first row of the rule's query, after adding one from {@link #SEEDS} if none exists. */
  private Optional<Map<String, Object>> sample(
      String rule, String sql, MunicipalityId municipality) {
    Optional<Map<String, Object>> row =
        jdbc.sql(sql).param("m", municipality.value()).query().listOfRows().stream().findFirst();
    if (row.isEmpty() && SEEDS.containsKey(rule)) {
      jdbc.sql(SEEDS.get(rule)).param("m", municipality.value()).update();
      return sample(rule, sql, municipality);
    }
    return row;
  }

  private UUID throwawayAccount;

  /** An account of its own for the account pages, whose roles a stray request may change. */
  private UUID throwawayAccount() {
    if (throwawayAccount == null) {
      throwawayAccount =
          StaffMother.staff(municipalities, accounts, "Route Check", Role.REGISTRAR).id();
    }
    return throwawayAccount;
  }
}
