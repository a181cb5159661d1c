package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.RecordingScreener;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The EST week's forms bound as commands: the weekly report's rows, the checklist's notes and the
 * return comment are refused with their messages and kept as typed; a weekly report's texts are
 * screened once on their way to submission.
 */
@IntegrationTest
class EstWeekFormsIntegrationTest {

  @Autowired WebApplicationContext context;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired WeeklyReports reports;
  @Autowired EstWeeks weeks;
  @Autowired DraftWeeklyReport draft;
  @Autowired SubmitWeeklyReport submit;
  @Autowired RecordingScreener screener;
  @Autowired JdbcClient jdbc;

  MockMvc mvc;
  StaffMember coordinatorMember;
  MockHttpSession coordinator;
  WeekNumber week;
  String path;

  @BeforeEach
  void setUp() throws Exception {
    mvc = StaffSessions.mockMvc(context);
    coordinatorMember =
        StaffMother.staff(municipalities, accounts, "Eva Est", Role.SAFETY_COORDINATOR);
    coordinator =
        StaffSessions.signIn(mvc, coordinatorMember.email(), EstWeekWebIntegrationTest.PASSWORD);
    week = EstTestData.freshWeek();
    path = "/personal/est/" + week.year() + "/" + week.week();
    send(
        post("/personal/est")
            .param("year", String.valueOf(week.year()))
            .param("week", String.valueOf(week.week())));
  }

  MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.session(coordinator).with(csrf()).param("lang", "sv"))
        .andReturn()
        .getResponse();
  }

  static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  /** A marker of letters only: digits could read as a phone number. */
  static String marker() {
    StringBuilder marker = new StringBuilder();
    for (char c : UUID.randomUUID().toString().substring(0, 8).toCharArray()) {
      marker.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
    }
    return marker.toString();
  }

  WeeklyReport report() {
    return reports
        .ofWeek(weeks.find(coordinatorMember.municipalityId(), week).orElseThrow())
        .orElseThrow();
  }

  @Test
  void aWeeklyReportSubmittedFromItsFormScreensEachTextOnce() throws Exception {
    send(post(path + "/veckorapport"));
    String m = marker();

    MockHttpServletResponse submitted =
        send(
            post(path + "/veckorapport/spara")
                .param("action", "submit")
                .param("title", "Vecka " + m + "title")
                .param("appeal", "Tack " + m + "appeal")
                .param("presence", "Trygghetsvärdar " + m + "presence")
                .param("activities", "Kvällsvandring " + m + "activities")
                .param("rows", "2")
                .param("place-0", "Hamnen " + m + "place")
                .param("incidents-0", "Skadegörelse " + m + "incidents")
                .param("actions-0", "Fler vandringar " + m + "actions"));

    assertThat(submitted.getStatus()).isEqualTo(302);
    for (String text :
        new String[] {
          "title", "appeal", "presence", "activities", "place", "incidents", "actions"
        }) {
      assertThat(screener.screenings(m + text)).as(text).isOne();
    }
    WeeklyReport report = report();
    assertThat(report.status()).isEqualTo(WeeklyReportStatus.SUBMITTED);
    assertThat(report.places())
        .containsExactly(
            new WeeklyReport.Place(
                "Hamnen " + m + "place",
                "Skadegörelse " + m + "incidents",
                "Fler vandringar " + m + "actions"));
  }

  @Test
  void aDraftSavedAndThenSubmittedIsScreenedWhenSavedOnly() {
    StaffPrincipal actor = accounts.actingAs(coordinatorMember);
    EstWeek estWeek = weeks.find(coordinatorMember.municipalityId(), week).orElseThrow();
    draft.create(estWeek, actor);
    String m = marker();

    draft.save(
        report(),
        new DraftWeeklyReport.Input(
            "Vecka " + m, "", "", "", java.util.List.of(new WeeklyReport.Place("Torget", "", ""))));
    submit.submit(report(), actor);

    assertThat(screener.screenings(m)).isOne();
    assertThat(report().status()).isEqualTo(WeeklyReportStatus.SUBMITTED);
  }

  @Test
  void aPreFilledDraftSubmittedWithoutSavingIsScreenedOnSubmit() {
    StaffPrincipal actor = accounts.actingAs(coordinatorMember);
    EstWeek estWeek = weeks.find(coordinatorMember.municipalityId(), week).orElseThrow();
    draft.create(estWeek, actor);
    WeeklyReport report = report();
    long before = screener.screenings(report.title());

    submit.submit(report, actor);

    assertThat(screener.screenings(report.title())).isEqualTo(before + 1);
  }

  @Test
  void aPlaceRowWithoutItsPlaceIsRefusedOnThePlaceAndKeptAsTyped() throws Exception {
    send(post(path + "/veckorapport"));

    MockHttpServletResponse refused =
        send(
            post(path + "/veckorapport/spara")
                .param("title", "Vecka med lugn helg")
                .param("rows", "2")
                .param("place-0", "Hamnen")
                .param("incidents-1", "Skadegörelse vid kiosken"));

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(body(refused))
        .contains("id=\"place-1-error\"")
        .contains("Fyll i fältet.")
        .contains("Skadegörelse vid kiosken")
        .doesNotContain("id=\"place-0-error\"");
  }

  @Test
  void aWeeklyReportWithTooLongTextsOrTooManyPlacesIsRefused() throws Exception {
    send(post(path + "/veckorapport"));

    MockHttpServletResponse tooLong =
        send(
            post(path + "/veckorapport/spara")
                .param("title", "a".repeat(DraftWeeklyReport.MAX_TITLE + 1))
                .param("rows", "1")
                .param("place-0", "Hamnen")
                .param("actions-0", "b".repeat(DraftWeeklyReport.MAX_TEXT + 1)));
    assertThat(tooLong.getStatus()).isEqualTo(400);
    assertThat(body(tooLong))
        .contains("id=\"title-error\"")
        .contains("id=\"actions-0-error\"")
        .contains("Texten är för lång.");

    var tooMany = post(path + "/veckorapport/spara").param("title", "Vecka med många platser");
    tooMany.param("rows", String.valueOf(DraftWeeklyReport.MAX_PLACES + 1));
    for (int i = 0; i <= DraftWeeklyReport.MAX_PLACES; i++) {
      tooMany.param("place-" + i, "Plats " + (char) ('a' + i % 26));
    }
    MockHttpServletResponse refused = send(tooMany);
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(body(refused)).contains("Rapporten har för många platser.");
    assertThat(report().title()).isNotEqualTo("Vecka med många platser");
    assertThat(report().places()).isEmpty();
  }

  @Test
  void aChecklistNoteThatIsTooLongIsRefusedAndKept() throws Exception {
    String note = "c".repeat(EstChecklist.MAX_NOTE + 1);

    MockHttpServletResponse refused =
        send(post(path + "/checklista").param("done", "housing").param("note-housing", note));

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(body(refused))
        .contains("id=\"note-housing-error\"")
        .contains("Texten är för lång.")
        .contains(note);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM est_week_check c JOIN est_week w USING (week_id)"
                        + " WHERE w.iso_year = :y AND w.iso_week = :n AND w.municipality_id = :m")
                .param("y", week.year())
                .param("n", week.week())
                .param("m", coordinatorMember.municipalityId().value())
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aReturnCommentThatIsMissingOrTooLongIsRefusedAndKept() throws Exception {
    send(post(path + "/veckorapport"));
    send(
        post(path + "/veckorapport/spara")
            .param("action", "submit")
            .param("title", "Vecka med lugn helg")
            .param("rows", "0"));
    UUID id = report().id();
    MockHttpSession moderator =
        StaffSessions.signIn(
            mvc,
            StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR).email(),
            EstWeekWebIntegrationTest.PASSWORD);
    String comment = "d".repeat(PublishWeeklyReport.MAX_COMMENT + 1);

    MockHttpServletResponse tooLong =
        mvc.perform(
                post("/personal/veckorapporter/" + id + "/atersand")
                    .param("comment", comment)
                    .param("lang", "sv")
                    .session(moderator)
                    .with(csrf()))
            .andReturn()
            .getResponse();
    MockHttpServletResponse blank =
        mvc.perform(
                post("/personal/veckorapporter/" + id + "/atersand")
                    .param("comment", "   ")
                    .param("lang", "sv")
                    .session(moderator)
                    .with(csrf()))
            .andReturn()
            .getResponse();

    assertThat(tooLong.getStatus()).isEqualTo(400);
    assertThat(body(tooLong))
        .contains("id=\"comment-error\"")
        .contains("Texten är för lång.")
        .contains(comment);
    assertThat(blank.getStatus()).isEqualTo(400);
    assertThat(body(blank)).contains("Skriv vad som behöver ändras.");
    assertThat(report().status()).isEqualTo(WeeklyReportStatus.SUBMITTED);
  }
}
