package se.trygghetsdialog.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import se.trygghetsdialog.population.ImportPopulation;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Response;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Round;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The results pages over an in-memory source, each test on a municipality of its own: the staff
 * page with the indicator, suppression and weights; the CSV, audited; the public summary only once
 * the round has closed; a round without answers.
 */
@IntegrationTest
class SurveyResultsIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired Areas areas;
  @Autowired ImportPopulation importPopulation;
  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;

  FreshMunicipality kommun;
  MunicipalityId municipality;
  MockMvc mvc;
  UUID survey = UUID.randomUUID();

  @BeforeEach
  void setUp() {
    kommun = FreshMunicipality.register(municipalities);
    municipality = kommun.tenant().id();
    mvc = StaffSessions.mockMvc(context);
  }

  /** Forty answers in Hamnen (30 women otrygg, 10 men trygg) and three in Berget. */
  Round roundWithAnswers(LocalDate closes) {
    var ntu = SurveyResponsesMother.ntu();
    var round =
        new Round(
            UUID.randomUUID(),
            "Trygghetsmätningen " + closes.getYear(),
            closes.minusDays(30),
            closes,
            List.of(ntu));
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      responses.add(
          new Response(
              "H1",
              AgeBand.FROM_30_TO_49,
              Gender.WOMAN,
              "web",
              Map.of(ntu.id(), List.of("ganska-otrygg"))));
    }
    for (int i = 0; i < 10; i++) {
      responses.add(
          new Response(
              "H1",
              AgeBand.FROM_30_TO_49,
              Gender.MAN,
              "paper",
              Map.of(ntu.id(), List.of("mycket-trygg"))));
    }
    for (int i = 0; i < 3; i++) {
      responses.add(
          new Response(
              "B1",
              AgeBand.FROM_30_TO_49,
              Gender.WOMAN,
              "web",
              Map.of(ntu.id(), List.of("mycket-otrygg"))));
    }
    TestSurveyResultsSource.give(municipality, survey, round, responses);
    return round;
  }

  String page(String path, MockHttpSession session, int status) throws Exception {
    var request = kommun.on(get(path));
    if (session != null) {
      request = request.session(session);
    }
    return mvc.perform(request)
        .andExpect(status().is(status))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  String staffPath(Round round) {
    return "/personal/enkater/" + survey + "/omgangar/" + round.id() + "/resultat";
  }

  @Test
  void aProcessLeaderSeesTheIndicatorWithItsIntervalSuppressionAndWeights() throws Exception {
    var hamnen = areas.register(municipality, "Hamnen", "delområde", null, null);
    var berget = areas.register(municipality, "Berget", "delområde", null, null);
    areas.assignCode(municipality, hamnen.id(), "H1");
    areas.assignCode(municipality, berget.id(), "B1");
    importPopulation.importFile(
        municipality,
        new ImportPopulation.Upload(
            "befolkning.csv",
            ("region;ålder;kön;år;antal\nH1;40;2;2025;500\nH1;40;1;2025;500\nB1;40;2;2025;100\n")
                .getBytes(StandardCharsets.UTF_8)),
        false,
        null);
    Round round = roundWithAnswers(LocalDate.of(2026, 3, 31));
    var leader = kommun.staff(accounts, "Pia Ledare", Role.PROCESS_LEADER);

    String html = page(staffPath(round) + "?lang=sv", kommun.signIn(mvc, leader), 200);

    // 33 otrygga of 43 valid answers in all: 76.7 %, Wilson 62.3 % – 86.8 %.
    assertThat(html).contains("76,7 %").contains("62,3 % – 86,8 %").contains(">43<");
    // Berget's three answers are hidden, and so is the cell that would give them away.
    assertThat(html).contains("Hamnen").contains("Berget").contains("&lt; 5");
    assertThat(html).contains("Andel otrygga, viktad");
  }

  @Test
  void theCsvHasTheSameSuppressedFiguresAndIsAudited() throws Exception {
    Round round = roundWithAnswers(LocalDate.of(2026, 3, 31));
    var admin = kommun.staff(accounts, "Adam Admin", Role.ADMINISTRATOR);
    String csv = page(staffPath(round) + ".csv?lang=sv", kommun.signIn(mvc, admin), 200);
    assertThat(csv).contains("< 5").contains("76,7 %");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE municipality_id = :m"
                                    + " AND action = 'survey.results-exported' AND subject = :s")
                            .param("m", municipality.value())
                            .param("s", round.id().toString())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1));
  }

  @Test
  void otherStaffAreRefusedAndAnotherMunicipalitysRoundIsUnknown() throws Exception {
    Round round = roundWithAnswers(LocalDate.of(2026, 3, 31));
    var moderator = kommun.staff(accounts, "Mo Moderator", Role.MODERATOR);
    page(staffPath(round), kommun.signIn(mvc, moderator), 403);
    var other = FreshMunicipality.register(municipalities);
    var leader = other.staff(accounts, "Ola Ledare", Role.PROCESS_LEADER);
    var request = other.on(get(staffPath(round))).session(other.signIn(mvc, leader));
    mvc.perform(request).andExpect(status().isNotFound());
  }

  @Test
  void thePublicSummaryShowsOnlyOnceTheRoundHasClosed() throws Exception {
    Round open = roundWithAnswers(LocalDate.now().plusDays(5));
    page("/enkater/" + open.id() + "/resultat", null, 404);
    Round closed = roundWithAnswers(LocalDate.of(2026, 3, 31));
    String html = page("/enkater/" + closed.id() + "/resultat?lang=sv", null, 200);
    // Without area names the complementary suppression currently also hides the total here
    // (over-suppression, safe but to be tightened); the page must still show only hidden figures.
    assertThat(html).contains("id=\"indikator\"").contains("&lt; 5").doesNotContain("Ladda ned");
  }

  @Test
  void aRoundWithoutAnswersShowsItsEmptyState() throws Exception {
    var round =
        new Round(
            UUID.randomUUID(),
            "Tom omgång",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 31),
            List.of(SurveyResponsesMother.ntu(), SurveyResponsesMother.number()));
    TestSurveyResultsSource.give(municipality, survey, round, List.of());
    var leader = kommun.staff(accounts, "Pia Ledare", Role.PROCESS_LEADER);
    String html = page(staffPath(round) + "?lang=sv", kommun.signIn(mvc, leader), 200);
    assertThat(html).contains("id=\"inga-svar\"");
    page("/enkater/" + round.id() + "/resultat", null, 200);
  }
}
