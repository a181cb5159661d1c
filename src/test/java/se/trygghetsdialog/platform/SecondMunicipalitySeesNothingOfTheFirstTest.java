package se.trygghetsdialog.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.session.Sessions;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Tenant isolation on the host-name path: a municipality the operator adds on a host name of its
 * own shows none of Lysekil's demo data on its public pages, and every count there is its own
 * (zero).
 */
@IntegrationTest
class SecondMunicipalitySeesNothingOfTheFirstTest {

  static final String PASSWORD = "Trygghet2026!";

  @Autowired WebApplicationContext context;
  @Autowired MockMvc site;
  @Autowired Municipalities municipalities;
  @Autowired JdbcClient jdbc;
  @Autowired StaffAccounts accounts;
  @Autowired Sessions sessions;

  final ObjectMapper json = new ObjectMapper();
  static Tenant second;
  static String host;
  Tenant lysekil;

  @BeforeEach
  void addTheSecondMunicipalityThroughTheOperatorPage() throws Exception {
    lysekil = municipalities.byCode("1484").orElseThrow();
    if (second == null) {
      MockMvc mvc = StaffSessions.mockMvc(context);
      MockHttpSession operator =
          (MockHttpSession)
              mvc.perform(
                      org.springframework.security.test.web.servlet.request
                          .SecurityMockMvcRequestBuilders.formLogin("/plattform/logga-in")
                          .user("email", PlatformOperatorTest.OPERATOR)
                          .password("password", PASSWORD))
                  .andReturn()
                  .getRequest()
                  .getSession(false);
      host = "andra-" + PlatformOperatorTest.freeCode(municipalities) + ".test";
      second =
          PlatformOperatorTest.addThroughThePage(
              mvc, operator, municipalities, host, StaffSessions.uniqueEmail("andra-admin"));
    }
  }

  String page(String hostName, String path) throws Exception {
    return site.perform(PlatformOperatorTest.on(hostName, get(path)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  List<String> lysekilTexts() {
    List<String> texts = new ArrayList<>();
    for (String sql :
        List.of(
            "SELECT title FROM dialogue WHERE municipality_id = :m",
            "SELECT title FROM measure WHERE municipality_id = :m",
            "SELECT title FROM walk WHERE municipality_id = :m",
            "SELECT name FROM area WHERE municipality_id = :m")) {
      texts.addAll(jdbc.sql(sql).param("m", lysekil.id().value()).query(String.class).list());
    }
    assertThat(texts).as("the Lysekil demo data is loaded").hasSizeGreaterThan(5);
    return texts.stream().filter(t -> t.length() >= 6).toList();
  }

  @Test
  void publicPagesOfTheSecondMunicipalityShowNothingOfLysekil() throws Exception {
    List<String> lysekilTexts = lysekilTexts();
    // Lysekil's own page names it (its demo dialogue may be on a later page: other tests add some).
    assertThat(page("localhost", "/dialoger")).contains("Lysekils kommun");
    for (String path :
        List.of(
            "/",
            "/dialoger",
            "/amnen",
            "/trygghetskarta",
            "/atgardsplan",
            "/medborgarloften",
            "/trygghetsvandringar",
            "/trygghet/veckorapporter",
            "/lagesbild",
            "/rapportera",
            "/tillganglighet")) {
      String body = page(host, path);
      assertThat(body).as(path).contains(second.name()).doesNotContain("Lysekil");
      for (String text : lysekilTexts) {
        assertThat(body).as(path + " must not show " + text).doesNotContain(text);
      }
    }
  }

  @Test
  void lysekilsThingsAreNotFoundByIdOnTheSecondMunicipalitysHostName() throws Exception {
    UUID dialogue =
        jdbc.sql("SELECT dialogue_id FROM dialogue WHERE municipality_id = :m LIMIT 1")
            .param("m", lysekil.id().value())
            .query(UUID.class)
            .single();
    site.perform(PlatformOperatorTest.on("localhost", get("/dialoger/" + dialogue)))
        .andExpect(status().isOk());
    site.perform(PlatformOperatorTest.on(host, get("/dialoger/" + dialogue)))
        .andExpect(status().isNotFound());
    site.perform(PlatformOperatorTest.on(host, get("/dialoger/" + dialogue + "/atgarder")))
        .andExpect(status().isNotFound());
    UUID reported =
        jdbc.sql(
                "SELECT dialogue_id FROM analysis_report_version WHERE municipality_id = :m"
                    + " AND kind = 'COMPILED_PERSPECTIVES' AND number = 1 LIMIT 1")
            .param("m", lysekil.id().value())
            .query(UUID.class)
            .single();
    String report = "/dialoger/" + reported + "/underlag/sammanstallning/1";
    site.perform(PlatformOperatorTest.on("localhost", get(report))).andExpect(status().isOk());
    for (String path : List.of(report, report + ".pdf", report + "/perspektivkarta.csv")) {
      site.perform(PlatformOperatorTest.on(host, get(path))).andExpect(status().isNotFound());
    }
    UUID topic =
        jdbc.sql(
                "SELECT topic_id FROM topic WHERE municipality_id = :m AND visibility = 'SHOWN'"
                    + " LIMIT 1")
            .param("m", lysekil.id().value())
            .query(UUID.class)
            .single();
    site.perform(PlatformOperatorTest.on("localhost", get("/amnen/" + topic)))
        .andExpect(status().isOk());
    site.perform(PlatformOperatorTest.on(host, get("/amnen/" + topic)))
        .andExpect(status().isNotFound());
  }

  /** The id in the first row {@code sql} selects from Lysekil's demo data. */
  UUID lysekils(String sql) {
    return jdbc.sql(sql + " WHERE municipality_id = :m LIMIT 1")
        .param("m", lysekil.id().value())
        .query(UUID.class)
        .single();
  }

  /** The dialogue of the row of {@code table} whose {@code idColumn} is {@code id}. */
  UUID dialogueOf(String table, String idColumn, UUID id) {
    return jdbc.sql("SELECT dialogue_id FROM " + table + " WHERE " + idColumn + " = :id")
        .param("id", id)
        .query(UUID.class)
        .single();
  }

  @Test
  void theSecondMunicipalitysStaffFindNoneOfLysekilsDialogueWork() throws Exception {
    UUID session = lysekils("SELECT session_id FROM dialogue_session");
    UUID dialogue = dialogueOf("dialogue_session", "session_id", session);
    UUID contact = lysekils("SELECT contact_id FROM perspective_contact");
    UUID contactDialogue = dialogueOf("perspective_contact", "contact_id", contact);
    UUID theme = lysekils("SELECT theme_id FROM perspective_theme");
    UUID perspective = lysekils("SELECT perspective_id FROM perspective");
    UUID topic = lysekils("SELECT topic_id FROM topic");

    FreshMunicipality theirs = new FreshMunicipality(second, host);
    MockMvc mvc = StaffSessions.mockMvc(context);
    for (Role role : List.of(Role.ADMINISTRATOR, Role.PROCESS_LEADER)) {
      MockHttpSession staff =
          theirs.signIn(mvc, theirs.staff(accounts, "Andra " + role.name(), role));
      String d = "/personal/dialoger/" + dialogue;
      String c = "/personal/dialoger/" + contactDialogue;
      for (String path :
          List.of(
              d,
              d + "/stadga",
              d + "/moten",
              d + "/moten/" + session,
              d + "/deltagande",
              d + "/deltagande/alder.csv",
              d + "/utvardering",
              c + "/perspektiv",
              c + "/perspektiv/lista",
              c + "/perspektiv/karta.csv",
              c + "/perspektiv/" + perspective,
              c + "/kontakter",
              c + "/kontakter/" + contact,
              c + "/teman",
              c + "/teman/" + theme,
              "/personal/amnen/" + topic,
              sessions.materialPath(session))) {
        mvc.perform(theirs.on(get(path).session(staff)))
            .andExpect(
                result -> assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404));
      }
      List<String> lysekilTexts = new ArrayList<>(lysekilTexts());
      lysekilTexts.addAll(
          jdbc
              .sql("SELECT title FROM topic WHERE municipality_id = :m AND title <> ''")
              .param("m", lysekil.id().value())
              .query(String.class)
              .list()
              .stream()
              .filter(t -> t.length() >= 6)
              .toList());
      List<String> pages = new ArrayList<>(List.of("/personal/amnen", "/personal/dialoger"));
      if (role == Role.ADMINISTRATOR) {
        pages.addAll(List.of("/personal/admin/befolkning", "/personal/admin/deltagande"));
      }
      for (String path : pages) {
        String body =
            mvc.perform(theirs.on(get(path).session(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).as(path).doesNotContain("Illustrativa demosiffror");
        // The population page's example names Lysekil's kommun code; its figures are checked above.
        for (String text : path.endsWith("befolkning") ? List.<String>of() : lysekilTexts) {
          assertThat(body).as(path + " must not show " + text).doesNotContain(text);
        }
      }
    }
  }

  @Test
  void theMapDataAndFeedsOfTheSecondMunicipalityCountOnlyItsOwnReports() throws Exception {
    JsonNode secondGrid = json.readTree(page(host, "/trygghetskarta/rutnat.geojson"));
    assertThat(secondGrid.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(secondGrid.path("features").size()).isZero();

    String csv = page(host, "/trygghetskarta/rutnat.csv");
    assertThat(csv.strip().lines()).as("only the header line").hasSize(1);
    String atom = page(host, "/trygghet/veckorapporter.atom");
    assertThat(atom).doesNotContain("<entry").doesNotContain("Lysekil");
  }
}
