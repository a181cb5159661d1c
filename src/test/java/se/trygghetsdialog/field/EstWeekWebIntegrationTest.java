package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The staff pages over HTTP: role checks, bad input answered with a 4xx and the form kept, unknown
 * weeks as 404; and the Lysekil demo has a published weekly report.
 */
@IntegrationTest
class EstWeekWebIntegrationTest {

  static final String PASSWORD = "Trygghet2026!";

  @Autowired WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired WeeklyReports reports;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  MockMvc mvc;
  MunicipalityId municipality;

  @BeforeEach
  void setUp() {
    mvc = StaffSessions.mockMvc(context);
    municipality = StaffMother.tenant(municipalities).id();
  }

  MockHttpSession as(Role... roles) throws Exception {
    StaffMember member = StaffMother.staff(municipalities, accounts, "Eva Est", roles);
    return StaffSessions.signIn(mvc, member.email(), PASSWORD);
  }

  MockHttpServletResponse send(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  int count(String sql, java.util.UUID week) {
    return jdbc.sql(sql).param("w", week).query(Integer.class).single();
  }

  @Test
  void aClosedWeekRefusesANewWeeklyReportOnItsPageWithABadRequest() throws Exception {
    MockHttpSession coordinator = as(Role.SAFETY_COORDINATOR);
    WeekNumber week = EstTestData.freshWeek();
    String path = "/personal/est/" + week.year() + "/" + week.week();
    send(
        post("/personal/est")
            .param("year", String.valueOf(week.year()))
            .param("week", String.valueOf(week.week()))
            .session(coordinator)
            .with(csrf()));
    assertThat(send(post(path + "/avsluta").session(coordinator).with(csrf())).getRedirectedUrl())
        .isEqualTo(path);

    MockHttpServletResponse refused =
        send(post(path + "/veckorapport").session(coordinator).with(csrf()).param("lang", "sv"));

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("Veckan är avslutad och kan inte ändras.")
        .contains("id=\"week-status\"");
  }

  @Test
  void everyWeekFormSentTwiceChangesThingsOnceAndAReturnedReportShowsTheComment() throws Exception {
    MockHttpSession coordinator = as(Role.SAFETY_COORDINATOR);
    WeekNumber week = EstTestData.freshWeek();
    String path = "/personal/est/" + week.year() + "/" + week.week();
    for (int i = 0; i < 2; i++) {
      assertThat(
              send(post("/personal/est")
                      .param("year", String.valueOf(week.year()))
                      .param("week", String.valueOf(week.week()))
                      .session(coordinator)
                      .with(csrf()))
                  .getRedirectedUrl())
          .isEqualTo(path);
    }
    java.util.UUID weekId =
        jdbc.sql(
                "SELECT week_id FROM est_week WHERE municipality_id = :m AND iso_year = :y"
                    + " AND iso_week = :w")
            .param("m", municipality.value())
            .param("y", week.year())
            .param("w", week.week())
            .query(java.util.UUID.class)
            .single();

    // The checklist and its notes: the second submit sets the same state, adds nothing.
    for (int i = 0; i < 2; i++) {
      assertThat(
              send(post(path + "/checklista")
                      .param("done", "police")
                      .param("note-police", "Polisen var med på fredagen.")
                      .session(coordinator)
                      .with(csrf()))
                  .getStatus())
          .isEqualTo(302);
    }
    assertThat(count("SELECT count(*) FROM est_week_check WHERE week_id = :w AND done", weekId))
        .isEqualTo(1);

    // A planned action: the form's token makes the second submit plan nothing new.
    String page = send(get(path).session(coordinator)).getContentAsString(StandardCharsets.UTF_8);
    var token =
        java.util.regex.Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(page);
    assertThat(token.find()).isTrue();
    for (int i = 0; i < 2; i++) {
      assertThat(
              send(post(path + "/atgarder")
                      .param("token", token.group(1))
                      .param("title", "Extra kvällsvandring")
                      .param("description", "Vandring vid hamnen fredag kväll.")
                      .param("owner", "Fritidsgården")
                      .param("ownerKind", "MUNICIPALITY")
                      .session(coordinator)
                      .with(csrf()))
                  .getStatus())
          .isEqualTo(302);
    }
    assertThat(count("SELECT count(*) FROM est_week_action WHERE week_id = :w", weekId))
        .isEqualTo(1);

    // "Skapa veckorapport" twice: one report.
    for (int i = 0; i < 2; i++) {
      assertThat(
              send(post(path + "/veckorapport").session(coordinator).with(csrf()))
                  .getRedirectedUrl())
          .isEqualTo(path + "/veckorapport");
    }
    assertThat(count("SELECT count(*) FROM weekly_report WHERE week_id = :w", weekId)).isEqualTo(1);

    // Submitted, returned by a reviewer with a comment: the coordinator sees the comment.
    assertThat(
            send(post(path + "/veckorapport/spara")
                    .param("action", "submit")
                    .param("title", "Vecka med lugn helg")
                    .param("appeal", "Tack för att ni hör av er.")
                    .param("presence", "Trygghetsvärdar")
                    .param("activities", "Kvällsvandring vid hamnen.")
                    .param("rows", "0")
                    .session(coordinator)
                    .with(csrf()))
                .getStatus())
        .isEqualTo(302);
    java.util.UUID reportId =
        jdbc.sql("SELECT report_id FROM weekly_report WHERE week_id = :w")
            .param("w", weekId)
            .query(java.util.UUID.class)
            .single();
    MockHttpSession moderator = as(Role.MODERATOR);
    assertThat(
            send(post("/personal/veckorapporter/" + reportId + "/atersand")
                    .param("comment", "Korta ner aktiviteterna.")
                    .session(moderator)
                    .with(csrf()))
                .getStatus())
        .isEqualTo(302);
    assertThat(
            send(get(path + "/veckorapport?lang=sv").session(coordinator))
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("Återsänd med kommentaren: Korta ner aktiviteterna.");
  }

  @Test
  void aReportDecidedOnMeanwhileAnswersConflictAndShowsItAsItIsNow() throws Exception {
    MockHttpSession coordinator = as(Role.SAFETY_COORDINATOR);
    WeekNumber week = EstTestData.freshWeek();
    String path = "/personal/est/" + week.year() + "/" + week.week();
    send(
        post("/personal/est")
            .param("year", String.valueOf(week.year()))
            .param("week", String.valueOf(week.week()))
            .session(coordinator)
            .with(csrf()));
    send(post(path + "/veckorapport").session(coordinator).with(csrf()));
    assertThat(
            send(post(path + "/veckorapport/spara")
                    .param("action", "submit")
                    .param("title", "Vecka med två granskare")
                    .param("appeal", "Tack för att ni hör av er.")
                    .param("presence", "Trygghetsvärdar")
                    .param("activities", "Kvällsvandring vid hamnen.")
                    .param("rows", "0")
                    .session(coordinator)
                    .with(csrf()))
                .getStatus())
        .isEqualTo(302);
    java.util.UUID reportId =
        jdbc.sql(
                "SELECT r.report_id FROM weekly_report r JOIN est_week w ON w.week_id = r.week_id"
                    + " WHERE w.municipality_id = :m AND w.iso_year = :y AND w.iso_week = :w")
            .param("m", municipality.value())
            .param("y", week.year())
            .param("w", week.week())
            .query(java.util.UUID.class)
            .single();
    String approval = "/personal/veckorapporter/" + reportId;
    // Two reviewers open the report; the first approves it.
    assertThat(
            send(post(approval + "/godkann").session(as(Role.MODERATOR)).with(csrf())).getStatus())
        .isEqualTo(302);

    MockHttpSession second = as(Role.ADMINISTRATOR);
    MockHttpServletResponse returned =
        send(
            post(approval + "/atersand?lang=sv")
                .param("comment", "Kortare text om helgen, tack.")
                .session(second)
                .with(csrf()));
    assertThat(returned.getStatus()).isEqualTo(409);
    assertThat(returned.getContentAsString(StandardCharsets.UTF_8))
        .contains("govuk-error-summary")
        .contains("Rapporten väntar inte på godkännande.")
        .contains("id=\"report-status\">Publicerad<");
    MockHttpServletResponse approvedAgain =
        send(post(approval + "/godkann?lang=sv").session(second).with(csrf()));
    assertThat(approvedAgain.getStatus()).isEqualTo(409);
    assertThat(approvedAgain.getContentAsString(StandardCharsets.UTF_8))
        .contains("Rapporten väntar inte på godkännande.");
  }

  @Test
  void onlyCoordinatorsAndAdministratorsSeeTheWeeksAndOnlyReviewersTheApprovals() throws Exception {
    MockHttpSession reporter = as(Role.FIELD_REPORTER);
    MockHttpSession moderator = as(Role.MODERATOR);
    MockHttpSession admin = as(Role.ADMINISTRATOR);
    MockHttpSession coordinator = as(Role.SAFETY_COORDINATOR);
    assertThat(send(get("/personal/est").session(reporter)).getStatus()).isEqualTo(403);
    assertThat(send(get("/personal/est").session(moderator)).getStatus()).isEqualTo(403);
    assertThat(send(get("/personal/est").session(coordinator)).getStatus()).isEqualTo(200);
    MockHttpServletResponse adminPage = send(get("/personal/est").session(admin));
    assertThat(adminPage.getStatus()).isEqualTo(200);
    assertThat(adminPage.getContentAsString(StandardCharsets.UTF_8))
        .doesNotContain("name=\"week\"");
    assertThat(
            send(post("/personal/est")
                    .param("year", "2041")
                    .param("week", "3")
                    .session(admin)
                    .with(csrf()))
                .getStatus())
        .isEqualTo(403);
    assertThat(send(get("/personal/veckorapporter").session(moderator)).getStatus()).isEqualTo(200);
    assertThat(send(get("/personal/veckorapporter").session(coordinator)).getStatus())
        .isEqualTo(403);
    assertThat(send(get("/personal/est")).getStatus()).isEqualTo(302);
  }

  @Test
  void badInputIsAnsweredWithAMessageAndTheFormKeepsWhatWasTyped() throws Exception {
    MockHttpSession coordinator = as(Role.SAFETY_COORDINATOR);
    MockHttpServletResponse start =
        send(
            post("/personal/est")
                .param("year", "tjugo")
                .param("week", "x")
                .session(coordinator)
                .with(csrf()));
    assertThat(start.getStatus()).isEqualTo(400);
    assertThat(start.getContentAsString(StandardCharsets.UTF_8))
        .contains("Ange ett år med fyra siffror.")
        .contains("value=\"tjugo\"");
    assertThat(send(get("/personal/est/2025/53").session(coordinator)).getStatus()).isEqualTo(404);
    assertThat(send(get("/personal/est/2041/60").session(coordinator)).getStatus()).isEqualTo(404);

    WeekNumber week = EstTestData.freshWeek();
    String path = "/personal/est/" + week.year() + "/" + week.week();
    assertThat(
            send(post("/personal/est")
                    .param("year", String.valueOf(week.year()))
                    .param("week", String.valueOf(week.week()))
                    .session(coordinator)
                    .with(csrf()))
                .getRedirectedUrl())
        .isEqualTo(path);
    MockHttpServletResponse checklist =
        send(
            post(path + "/checklista")
                .param("done", "police")
                .param("note-police", "Ring Anna Svensson på 070-123 45 67")
                .session(coordinator)
                .with(csrf()));
    assertThat(checklist.getStatus()).isEqualTo(400);
    assertThat(checklist.getContentAsString(StandardCharsets.UTF_8))
        .contains("Texten verkar innehålla personuppgifter")
        .contains("Ring Anna Svensson på 070-123 45 67");
    MockHttpServletResponse action =
        send(
            post(path + "/atgarder")
                .param("token", "inte-en-uuid")
                .param("title", "Kvällsvandring")
                .param("ownerKind", "PIRATE")
                .session(coordinator)
                .with(csrf()));
    assertThat(action.getStatus()).isEqualTo(400);
    assertThat(action.getContentAsString(StandardCharsets.UTF_8))
        .contains("Välj typ av ansvarig.")
        .contains("value=\"Kvällsvandring\"");
    assertThat(
            send(post(path + "/uppfoljning")
                    .param("measure", java.util.UUID.randomUUID().toString())
                    .param("outcome", "DONE")
                    .session(coordinator)
                    .with(csrf()))
                .getStatus())
        .isEqualTo(404);
    assertThat(send(get(path + "/veckorapport").session(coordinator)).getStatus()).isEqualTo(404);
  }

  @Test
  void aWeeklyReportWithSeveralRefusedTextsMarksEachOfThem() throws Exception {
    MockHttpSession coordinator = as(Role.SAFETY_COORDINATOR);
    WeekNumber week = EstTestData.freshWeek();
    String path = "/personal/est/" + week.year() + "/" + week.week();
    send(
        post("/personal/est")
            .param("year", String.valueOf(week.year()))
            .param("week", String.valueOf(week.week()))
            .session(coordinator)
            .with(csrf()));
    send(post(path + "/veckorapport").session(coordinator).with(csrf()));

    MockHttpServletResponse refused =
        send(
            post(path + "/veckorapport/spara")
                .param("title", "Vecka med lugn helg")
                .param("appeal", "Ring Anna Svensson på 070-123 45 67")
                .param("presence", "Trygghetsvärdar")
                .param("activities", "Maila anna.svensson@example.com om vandringen")
                .param("rows", "0")
                .session(coordinator)
                .with(csrf()));

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("id=\"appeal-error\"")
        .contains("id=\"activities-error\"")
        .contains("Ring Anna Svensson på 070-123 45 67");
  }

  @Test
  void theDemoWeekAndItsReportRenderInEnglish() throws Exception {
    MockHttpSession coordinator = as(Role.SAFETY_COORDINATOR);
    WeekNumber beforeLast = WeekNumber.of(LocalDate.now(WeekNumber.ZONE)).plusWeeks(-2);
    String path = "/personal/est/" + beforeLast.year() + "/" + beforeLast.week();
    MockHttpServletResponse week = send(get(path + "?lang=en").session(coordinator));
    assertThat(week.getStatus()).isEqualTo(200);
    assertThat(week.getContentAsString(StandardCharsets.UTF_8))
        .contains("Situation picture for the week and the weekend")
        .contains("Closed");
    assertThat(send(get(path + "/veckorapport?lang=en").session(coordinator)).getStatus())
        .isEqualTo(200);
    String last =
        "/personal/est/" + beforeLast.next().year() + "/" + beforeLast.next().week() + "?lang=en";
    assertThat(send(get(last).session(coordinator)).getContentAsString(StandardCharsets.UTF_8))
        .contains("Follow-up of last week's actions")
        .contains("Fler trygghetsvärdar vid Södra hamnen fredag och lördag");
    assertThat(
            send(get(
                    "/trygghet/veckorapporter/"
                        + beforeLast.year()
                        + "/"
                        + beforeLast.week()
                        + "?lang=en"))
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("Everyone is needed")
        .contains("Södra hamnen");
    assertThat(send(get("/trygghet/veckorapporter?lang=en")).getStatus()).isEqualTo(200);
  }

  @Test
  void theLysekilDemoHasAPublishedWeeklyReport() {
    WeekNumber beforeLast = WeekNumber.of(LocalDate.now(WeekNumber.ZONE)).plusWeeks(-2);
    assertThat(reports.published(municipality, beforeLast)).isPresent();
  }
}
