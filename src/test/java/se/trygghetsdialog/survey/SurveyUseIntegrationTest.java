package se.trygghetsdialog.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.PerspectiveGroup;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.lagesbild.LagesbildFact;
import se.trygghetsdialog.lagesbild.Lagesbilder;
import se.trygghetsdialog.measure.CitizenPromise;
import se.trygghetsdialog.measure.InputChoice;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureLink;
import se.trygghetsdialog.measure.MeasureMother;
import se.trygghetsdialog.measure.PromiseParty;
import se.trygghetsdialog.measure.PromiseStatus;
import se.trygghetsdialog.measure.Promises;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.measure.RecordPromise;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.FreshMunicipality;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffSessions;
import se.trygghetsdialog.survey.results.RoundIndicator;
import se.trygghetsdialog.survey.results.SurveyResults;
import se.trygghetsdialog.survey.results.SurveyResultsSource;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * A survey round's results in use, over the survey tables, each test on a municipality of its own:
 * the trend across rounds of one question version on the results page, and a closed round as
 * evidence for measures and medborgarlöften, in the lägesbild and among a dialogue's perspectives,
 * every figure suppressed as on the results page.
 */
@IntegrationTest
class SurveyUseIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired Organisations organisations;
  @Autowired StaffAccounts accounts;
  @Autowired Areas areas;
  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired BuildSurvey build;
  @Autowired Surveys surveys;
  @Autowired SurveyRepository repository;
  @Autowired SurveyResultsJdbcSource source;
  @Autowired SurveyResults results;
  @Autowired LinkInput linkInput;
  @Autowired ProposeMeasure proposeMeasure;
  @Autowired RecordPromise recordPromise;
  @Autowired Promises promises;
  @Autowired Lagesbilder lagesbilder;
  @Autowired SurveyPerspectives perspectives;
  @Autowired CreateDialogue createDialogue;

  FreshMunicipality kommun;
  MunicipalityId m;
  MockMvc mvc;
  StaffPrincipal leader;
  se.trygghetsdialog.identity.StaffMember leaderAccount;
  String tag;

  @BeforeEach
  void setUp() {
    kommun = FreshMunicipality.register(municipalities);
    m = kommun.tenant().id();
    mvc = StaffSessions.mockMvc(context);
    leaderAccount = kommun.staff(accounts, "Pia Ledare", Role.PROCESS_LEADER);
    leader = accounts.actingAs(leaderAccount);
    tag = UUID.randomUUID().toString().substring(0, 6);
    areas.assignCode(m, areas.register(m, "Hamnen", "delområde", null, null).id(), "H1");
    areas.assignCode(m, areas.register(m, "Berget", "delområde", null, null).id(), "B1");
    areas.assignCode(m, areas.register(m, "Kajen", "delområde", null, null).id(), "K1");
  }

  UUID survey(String title) {
    return build.create(m, new BuildSurvey.Create(title + " " + tag, "", true), leader);
  }

  UUID round(UUID survey, String title, LocalDate closes, UUID dialogue) {
    return build.createRound(
        m,
        survey,
        new BuildSurvey.RoundInput(title + " " + tag, closes.minusDays(30), closes, true, dialogue),
        leader);
  }

  Question ntu(UUID survey) {
    return surveys.asked(m, survey).stream()
        .filter(q -> q.code().equals(SurveyResultsSource.NTU_CODE))
        .findFirst()
        .orElseThrow();
  }

  /** {@code count} responses from the area, women answering {@code value} to the NTU item. */
  void answer(UUID round, Question ntu, String area, Gender gender, String value, int count) {
    for (int i = 0; i < count; i++) {
      repository.insertResponse(
          m,
          UUID.randomUUID(),
          round,
          AnswerSurvey.WEB,
          area,
          AgeBand.FROM_30_TO_49.name(),
          gender.name(),
          LocalDate.of(2025, 3, 1),
          List.of(new SurveyRepository.Value(ntu.id(), value, false)));
    }
  }

  /** Hamnen: 30 women otrygga, 10 men trygga; Berget: three women otrygga (as on the page test). */
  void hamnenAndBerget(UUID round, Question ntu) {
    answer(round, ntu, "H1", Gender.WOMAN, "ganska-otrygg", 30);
    answer(round, ntu, "H1", Gender.MAN, "mycket-trygg", 10);
    answer(round, ntu, "B1", Gender.WOMAN, "mycket-otrygg", 3);
  }

  String staffPage(String path) throws Exception {
    MockHttpSession session = kommun.signIn(mvc, leaderAccount);
    return mvc.perform(kommun.on(get(path)).session(session))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  static String table(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertThat(start).as("table %s", id).isNotNegative();
    return html.substring(start, html.indexOf("</table>", start));
  }

  @Test
  void theResultsPageShowsTheTrendOfOneQuestionVersionAndStartsANewSeriesForANewVersion()
      throws Exception {
    UUID survey = survey("Trend");
    Question v1 = ntu(survey);
    UUID first = round(survey, "Våren 2024", LocalDate.of(2024, 3, 31), null);
    answer(first, v1, "H1", Gender.WOMAN, "ganska-otrygg", 30);
    answer(first, v1, "H1", Gender.MAN, "mycket-trygg", 10);
    UUID second = round(survey, "Våren 2025", LocalDate.of(2025, 3, 31), null);
    answer(second, v1, "H1", Gender.WOMAN, "ganska-otrygg", 20);
    answer(second, v1, "H1", Gender.MAN, "ganska-trygg", 20);

    String base = "/personal/enkater/" + survey + "/omgangar/";
    String html = staffPage(base + second + "/resultat?lang=sv");
    String trend = table(html, "tabell-trend-1");
    assertThat(trend)
        .contains("Våren 2024 " + tag, "75,0 %", ">40<")
        .contains("Våren 2025 " + tag, "50,0 %");
    assertThat(trend.indexOf("Våren 2024")).isLessThan(trend.indexOf("Våren 2025"));
    assertThat(html).contains("id=\"trend\"").doesNotContain("id=\"versioner\"");

    UUID v2 =
        build.editQuestion(
            m,
            v1.id(),
            new BuildSurvey.QuestionInput(
                QuestionKind.SINGLE,
                "Hur trygg känner du dig ute en sen kväll i ditt område?",
                SurveyOption.format(v1.options()),
                v1.page(),
                null,
                null,
                null,
                null),
            leader);
    UUID third = round(survey, "Våren 2026", LocalDate.of(2026, 3, 31), null);
    Question current = surveys.question(m, v2).orElseThrow();
    answer(third, current, "H1", Gender.WOMAN, "ganska-otrygg", 10);
    answer(third, current, "H1", Gender.MAN, "ganska-trygg", 30);

    html = staffPage(base + third + "/resultat?lang=sv");
    assertThat(html).contains("id=\"versioner\"");
    assertThat(table(html, "tabell-trend-1"))
        .contains("Våren 2024 " + tag, "Våren 2025 " + tag)
        .doesNotContain("Våren 2026");
    assertThat(table(html, "tabell-trend-2"))
        .contains("Våren 2026 " + tag, "25,0 %")
        .doesNotContain("Våren 2025");
    // A closed round keeps the version it asked: the new version is not among its questions.
    assertThat(source.round(m, first).orElseThrow().questions())
        .filteredOn(q -> q.code().equals(SurveyResultsSource.NTU_CODE))
        .extracting(SurveyResultsSource.Question::id)
        .containsExactly(v1.id());
    // A round of another survey is not shown under this one.
    UUID other = survey("Annan");
    mvc.perform(
            kommun
                .on(get("/personal/enkater/" + other + "/omgangar/" + first + "/resultat"))
                .session(kommun.signIn(mvc, leaderAccount)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aClosedRoundIsEvidenceForAMeasureAndAPromiseWithItsIndicator() throws Exception {
    UUID survey = survey("Trygghetsmätning");
    Question ntu = ntu(survey);
    UUID closed = round(survey, "Våren 2025", LocalDate.of(2025, 3, 31), null);
    answer(closed, ntu, "H1", Gender.WOMAN, "ganska-otrygg", 30);
    answer(closed, ntu, "H1", Gender.MAN, "mycket-trygg", 20);
    UUID tooFew = round(survey, "Hösten 2025", LocalDate.of(2025, 10, 31), null);
    answer(tooFew, ntu, "H1", Gender.WOMAN, "ganska-otrygg", 3);
    LocalDate today = LocalDate.now(se.trygghetsdialog.shared.web.Ui.ZONE);
    UUID open = round(survey, "Pågående", today.plusDays(5), null);

    String label =
        "Trygghetsmätning " + tag + ", Våren 2025 " + tag + ": 60,0 % otrygga, 50 giltiga svar";
    assertThat(linkInput.label(m, new InputRef(InputRef.SURVEY, closed))).contains(label);
    assertThat(linkInput.label(m, new InputRef(InputRef.SURVEY, tooFew)).orElseThrow())
        .contains("för få svar")
        .doesNotContain("%");
    assertThat(linkInput.label(m, new InputRef(InputRef.SURVEY, open))).isEmpty();
    assertThat(linkInput.knownTypes()).contains(InputRef.SURVEY);

    List<InputChoice> found = linkInput.search(m, InputRef.SURVEY, "trygghetsmätning " + tag, 10);
    assertThat(found)
        .extracting(InputChoice::input)
        .contains(new InputRef(InputRef.SURVEY, closed), new InputRef(InputRef.SURVEY, tooFew))
        .doesNotContain(new InputRef(InputRef.SURVEY, open));

    MeasureId measure =
        proposeMeasure.propose(m, MeasureMother.proposal("Belysning " + tag), leader);
    assertThat(linkInput.link(m, measure, new InputRef(InputRef.SURVEY, closed), leader)).isTrue();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM measure_link WHERE municipality_id = :m"
                        + " AND input_type = 'SURVEY' AND input_id = :id")
                .param("m", m.value())
                .param("id", closed)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    UUID promise =
        recordPromise.record(
            m,
            new RecordPromise.Input(
                UUID.randomUUID(),
                PromiseParty.BOTH,
                "Trygghet " + tag,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                "Vi lyser upp hamnen.",
                PromiseStatus.PLANNED,
                "",
                List.of(),
                List.of(new InputRef(InputRef.SURVEY, closed))),
            leader);
    CitizenPromise recorded =
        promises.all(m).stream().filter(p -> p.id().equals(promise)).findFirst().orElseThrow();
    assertThat(recorded.evidenceLinks()).extracting(MeasureLink::label).containsExactly(label);

    // The medborgarlöfte form offers the closed rounds as evidence.
    assertThat(staffPage("/personal/atgarder/medborgarloften/ny?lang=sv"))
        .contains(label)
        .doesNotContain("Pågående " + tag);
    String focus = "Hamnen " + tag;
    mvc.perform(
            kommun
                .on(post("/personal/atgarder/medborgarloften/ny"))
                .session(kommun.signIn(mvc, leaderAccount))
                .with(csrf())
                .param("creationToken", UUID.randomUUID().toString())
                .param("party", PromiseParty.BOTH.name())
                .param("focusArea", focus)
                .param("periodStart", "2026-01-01")
                .param("periodEnd", "2026-12-31")
                .param("promiseText", "Vi lyser upp kajen.")
                .param("status", PromiseStatus.ACTIVE.name())
                .param("evidenceSurveys", closed.toString()))
        .andExpect(status().is3xxRedirection());
    assertThat(promises.all(m))
        .filteredOn(p -> p.focusArea().equals(focus))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.evidenceLinks())
                    .extracting(MeasureLink::input)
                    .containsExactly(new InputRef(InputRef.SURVEY, closed)));
  }

  @Test
  void theLagesbildGetsTheNewestClosedRoundsIndicatorWithoutAnyFigureFromTooFewAnswers() {
    UUID survey = survey("Lägesbild");
    Question ntu = ntu(survey);
    UUID older = round(survey, "Våren 2024", LocalDate.of(2024, 3, 31), null);
    answer(older, ntu, "H1", Gender.WOMAN, "ganska-otrygg", 40);
    UUID newest = round(survey, "Våren 2025", LocalDate.of(2025, 3, 31), null);
    hamnenAndBerget(newest, ntu);
    answer(newest, ntu, "K1", Gender.WOMAN, "ganska-otrygg", 20);
    answer(newest, ntu, "K1", Gender.MAN, "ganska-trygg", 20);
    round(survey, "Framtida", LocalDate.of(2031, 3, 31), null);

    List<LagesbildFact> facts =
        lagesbilder.availableFacts(m, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    LagesbildFact fact =
        facts.stream()
            .filter(f -> f.key().equals("survey.ntu." + survey))
            .findFirst()
            .orElseThrow();
    assertThat(fact.title()).contains("Våren 2025 " + tag);
    assertThat(fact.source()).isEqualTo("Lägesbild " + tag);
    RoundIndicator indicator = results.indicator(m, newest).orElseThrow();
    // The same figures as the results page: the whole municipality and the areas shown there.
    assertThat(fact.rows()).hasSize(1 + indicator.areas().size());
    assertThat(fact.rows().get(0).label()).startsWith("Hela kommunen: ");
    assertThat(fact.rows().get(0).count()).isEqualTo(Math.round(indicator.total().n()));
    assertThat(fact.rows()).allMatch(r -> r.count() >= indicator.threshold());
    // Berget's three answers are never a figure of their own.
    assertThat(fact.rows()).noneMatch(r -> r.label().startsWith("Berget"));
    assertThat(indicator.hiddenAreas()).isPositive();
    assertThat(fact.text()).contains("färre än 5 svar").contains("2025-03-01", "2025-03-31");

    // The period ending before the newest round closed gets the older round.
    LagesbildFact earlier =
        lagesbilder.availableFacts(m, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).stream()
            .filter(f -> f.key().equals("survey.ntu." + survey))
            .findFirst()
            .orElseThrow();
    assertThat(earlier.title()).contains("Våren 2024 " + tag);
    assertThat(earlier.rows().get(0).label()).contains("100,0 %");
    // English wording, same key and figures.
    LagesbildFact english =
        lagesbilder
            .availableFacts(m, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Locale.ENGLISH)
            .stream()
            .filter(f -> f.key().equals(fact.key()))
            .findFirst()
            .orElseThrow();
    assertThat(english.rows().get(0).label()).startsWith("The whole municipality: ");
    assertThat(english.rows())
        .extracting(LagesbildFact.Row::count)
        .isEqualTo(fact.rows().stream().map(LagesbildFact.Row::count).toList());
  }

  @Test
  void aTooSmallRoundGivesTheLagesbildANoteWithoutFigures() {
    UUID survey = survey("Liten");
    Question ntu = ntu(survey);
    UUID small = round(survey, "Våren 2025", LocalDate.of(2025, 3, 31), null);
    answer(small, ntu, "H1", Gender.WOMAN, "ganska-otrygg", 3);
    LagesbildFact fact =
        lagesbilder.availableFacts(m, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).stream()
            .filter(f -> f.key().equals("survey.ntu." + survey))
            .findFirst()
            .orElseThrow();
    assertThat(fact.rows()).isEmpty();
    assertThat(fact.text()).contains("för få svar").doesNotContain("%");
  }

  UUID dialogue() {
    UUID body = organisations.register(m, "Nämnd " + tag, OrganisationKind.COMMITTEE, null).id();
    return createDialogue
        .create(
            m,
            new CreateDialogue.Input(
                UUID.randomUUID(),
                "Trygg hamn " + tag,
                "Om hamnen",
                null,
                TopicOrigin.OFFICIAL,
                "",
                body,
                LocalDate.of(2026, 1, 10),
                "§ 7",
                "KS 2026/7"),
            leader)
        .value();
  }

  @Test
  void aClosedRoundTiedToADialogueCountsAmongItsPerspectivesByReference() throws Exception {
    UUID dialogue = dialogue();
    UUID survey = survey("Dialogmätning");
    Question ntu = ntu(survey);
    UUID tied = round(survey, "Våren 2025", LocalDate.of(2025, 3, 31), dialogue);
    answer(tied, ntu, "H1", Gender.WOMAN, "ganska-otrygg", 30);
    answer(tied, ntu, "H1", Gender.MAN, "mycket-trygg", 20);
    UUID small = round(survey, "Hösten 2025", LocalDate.of(2025, 10, 31), dialogue);
    answer(small, ntu, "H1", Gender.WOMAN, "ganska-otrygg", 3);
    LocalDate today = LocalDate.now(se.trygghetsdialog.shared.web.Ui.ZONE);
    UUID open = round(survey, "Pågående", today.plusDays(5), dialogue);
    answer(open, ntu, "H1", Gender.WOMAN, "ganska-otrygg", 30);

    List<PerspectiveGroup> groups =
        perspectives.perspectivesFor(m, new DialogueId(dialogue), Locale.forLanguageTag("sv"));
    assertThat(groups).hasSize(1);
    PerspectiveGroup group = groups.get(0);
    assertThat(group.label()).contains("Dialogmätning " + tag, "Våren 2025 " + tag);
    assertThat(group.count()).isEqualTo(50);
    assertThat(group.listUrl()).isEqualTo("/enkater/" + tied + "/resultat");
    assertThat(group.examples()).singleElement().asString().contains("60,0 %", "50 giltiga svar");

    String map = staffPage("/personal/dialoger/" + dialogue + "/perspektiv?lang=sv");
    assertThat(map).contains(group.label()).contains("/enkater/" + tied + "/resultat");
    mvc.perform(kommun.on(get(group.listUrl()))).andExpect(status().isOk());
  }

  @Test
  void staffTieARoundToADialogueAuditedAndAnUnknownDialogueIsRefused() throws Exception {
    UUID dialogue = dialogue();
    UUID survey = survey("Koppling");
    UUID round = round(survey, "Våren 2025", LocalDate.of(2025, 3, 31), null);
    String path = "/personal/enkater/" + survey + "/omgangar/" + round;
    MockHttpSession session = kommun.signIn(mvc, leaderAccount);

    assertThat(staffPage("/personal/enkater/" + survey + "?lang=sv")).contains("Trygg hamn " + tag);
    mvc.perform(
            kommun
                .on(post(path + "/dialog"))
                .session(session)
                .with(csrf())
                .param("dialogue", UUID.randomUUID().toString()))
        .andExpect(status().isBadRequest());
    mvc.perform(
            kommun
                .on(post(path + "/dialog"))
                .session(session)
                .with(csrf())
                .param("dialogue", "inte-ett-id"))
        .andExpect(status().isBadRequest());
    assertThat(surveys.round(m, round).orElseThrow().dialogueId()).isNull();

    mvc.perform(
            kommun
                .on(post(path + "/dialog"))
                .session(session)
                .with(csrf())
                .param("dialogue", dialogue.toString()))
        .andExpect(status().is3xxRedirection());
    assertThat(surveys.round(m, round).orElseThrow().dialogueId()).isEqualTo(dialogue);
    assertThat(staffPage(path + "?lang=sv")).contains("Trygg hamn " + tag);
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE municipality_id = :m"
                                    + " AND action = 'survey.round-dialogue-changed'"
                                    + " AND subject = :s")
                            .param("m", m.value())
                            .param("s", round.toString())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1));

    mvc.perform(
            kommun.on(post(path + "/dialog")).session(session).with(csrf()).param("dialogue", ""))
        .andExpect(status().is3xxRedirection());
    assertThat(surveys.round(m, round).orElseThrow().dialogueId()).isNull();

    mvc.perform(
            kommun
                .on(post("/personal/enkater/" + survey + "/omgangar"))
                .session(session)
                .with(csrf())
                .param("title", "Hösten")
                .param("opens", "2025-09-01")
                .param("closes", "2025-09-30")
                .param("dialogue", UUID.randomUUID().toString()))
        .andExpect(status().isBadRequest());
    List<String> titles = new ArrayList<>();
    surveys.rounds(m, survey).forEach(r -> titles.add(r.title()));
    assertThat(titles).doesNotContain("Hösten");
  }
}
