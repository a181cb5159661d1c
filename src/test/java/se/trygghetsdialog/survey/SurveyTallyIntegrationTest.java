package se.trygghetsdialog.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.survey.results.ResultsComputation;
import se.trygghetsdialog.survey.results.Stratum;
import se.trygghetsdialog.survey.results.SurveyResponsesMother;
import se.trygghetsdialog.survey.results.SurveyResultsSource;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Response;
import se.trygghetsdialog.survey.results.Tally;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The database counts a round's answers exactly as counting the same responses in memory does
 * (multiple choice as sets, numbers, flagged answers and answers to other questions left out), so
 * the results computed from either are the same.
 */
@IntegrationTest
class SurveyTallyIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired BuildSurvey build;
  @Autowired SurveyResultsJdbcSource results;
  @Autowired SurveyRepository repository;
  @Autowired javax.sql.DataSource dataSource;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  MunicipalityId m;
  StaffPrincipal leader;

  @BeforeEach
  void setUp() {
    m = StaffMother.tenant(municipalities).id();
    leader =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Tove Tally", Role.PROCESS_LEADER));
  }

  @Test
  void theDatabaseCountsTheAnswersAsTheResponsesCountedInMemory() {
    UUID survey = survey();
    build.addQuestion(
        m, survey, input(QuestionKind.MULTIPLE, "Z | Zeta\na | Alfa\nm | My", null), leader);
    build.addQuestion(m, survey, input(QuestionKind.NUMBER, null, 100), leader);
    UUID text = build.addQuestion(m, survey, input(QuestionKind.TEXT, null, null), leader);
    UUID round = openRound(survey);
    SurveyResultsSource.Round asked = results.round(m, round).orElseThrow();
    assertThat(asked.questions())
        .extracting(SurveyResultsSource.Question::kind)
        .contains(
            SurveyResultsSource.Kind.SINGLE,
            SurveyResultsSource.Kind.LIKERT,
            SurveyResultsSource.Kind.MULTIPLE,
            SurveyResultsSource.Kind.NUMBER);
    List<Response> responses = SurveyResponsesMother.random(asked, 400, 11);
    for (Response r : responses) {
      // Free text is stored but never counted.
      store(round, r, new SurveyRepository.Value(text, "Något om min gata", false));
    }
    UUID ntu =
        asked.questions().stream().filter(ResultsComputation::isNtu).findFirst().orElseThrow().id();
    Response flagged = new Response("A", null, null, "web", Map.of(ntu, List.of("mycket-otrygg")));
    // Nor is an answer flagged by screening.
    store(
        round,
        new Response("A", null, null, "web", Map.of()),
        new SurveyRepository.Value(ntu, "mycket-otrygg", true));

    Tally counted = results.tally(m, round, asked.questions());
    List<Response> expected = new ArrayList<>(responses);
    expected.add(new Response(flagged.areaCode(), null, null, "web", Map.of()));
    Tally inMemory =
        Tally.of(expected)
            .only(asked.questions().stream().map(SurveyResultsSource.Question::id).toList());

    assertThat(counted.respondents()).isEqualTo(inMemory.respondents());
    assertThat(counted.total()).isEqualTo(401);
    assertThat(counted.answers().keySet()).isEqualTo(inMemory.answers().keySet());
    for (SurveyResultsSource.Question q : asked.questions()) {
      assertThat(groups(counted, q.id())).as(q.code()).isEqualTo(groups(inMemory, q.id()));
    }
    assertThat(ResultsComputation.compute(asked, counted, 5, Map.of(), null, c -> c))
        .isEqualTo(ResultsComputation.compute(asked, inMemory, 5, Map.of(), null, c -> c));
    assertThat(counted.answered(ntu)).isEqualTo(inMemory.answered(ntu)).isPositive();
    // Counting the stored answers afresh (the migration, the benchmark) gives the same counts.
    SurveyResultsJdbcSource.recount(dataSource, m, round);
    Tally recounted = results.tally(m, round, asked.questions());
    assertThat(recounted.respondents()).isEqualTo(counted.respondents());
    for (SurveyResultsSource.Question q : asked.questions()) {
      assertThat(groups(recounted, q.id())).as(q.code()).isEqualTo(groups(counted, q.id()));
    }
  }

  @Test
  void anotherMunicipalitysRoundCountsNothing() {
    UUID survey = survey();
    UUID round = openRound(survey);
    SurveyResultsSource.Round asked = results.round(m, round).orElseThrow();
    store(round, new Response("A", null, null, "web", Map.of()));
    MunicipalityId other = new MunicipalityId(UUID.randomUUID());
    assertThat(results.tally(other, round, asked.questions()).total()).isZero();
    assertThat(results.tally(m, round, asked.questions()).total()).isEqualTo(1);
  }

  private UUID survey() {
    return build.create(
        m, new BuildSurvey.Create("Räkning " + UUID.randomUUID(), "", true), leader);
  }

  private UUID openRound(UUID survey) {
    LocalDate today = LocalDate.now(Ui.ZONE);
    return build.createRound(
        m,
        survey,
        new BuildSurvey.RoundInput("Omgång", today.minusDays(1), today.plusDays(10), true, null),
        leader);
  }

  private static BuildSurvey.QuestionInput input(QuestionKind kind, String options, Integer max) {
    return new BuildSurvey.QuestionInput(
        kind, "Fråga " + kind, options, 3, max == null ? null : 0, max, null, null);
  }

  private static Map<Map.Entry<Stratum, List<String>>, Long> groups(Tally tally, UUID question) {
    Map<Map.Entry<Stratum, List<String>>, Long> groups = new HashMap<>();
    for (Tally.Answers a : tally.of(question)) {
      groups.merge(Map.entry(a.stratum(), a.values()), a.responses(), Long::sum);
    }
    return groups;
  }

  @Test
  void responsesOfOneBackgroundStoredAtOnceAreAllCounted() throws Exception {
    UUID survey = survey();
    UUID round = openRound(survey);
    SurveyResultsSource.Round asked = results.round(m, round).orElseThrow();
    Map<java.util.UUID, List<String>> answers = new HashMap<>();
    for (SurveyResultsSource.Question q : asked.questions()) {
      answers.put(q.id(), List.of(q.options().get(0).value()));
    }
    Response same =
        new Response(
            "A",
            se.trygghetsdialog.shared.AgeBand.FROM_30_TO_49,
            se.trygghetsdialog.shared.Gender.WOMAN,
            "web",
            answers);
    int threads = 6;
    int each = 15;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    store(round, same);
                  }
                  return null;
                }));
      }
      for (var f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Tally tally = results.tally(m, round, asked.questions());
    assertThat(tally.total()).isEqualTo(threads * each);
    for (SurveyResultsSource.Question q : asked.questions()) {
      assertThat(tally.of(q.id()))
          .singleElement()
          .extracting(Tally.Answers::responses)
          .isEqualTo((long) threads * each);
    }
  }

  private void store(UUID round, Response r, SurveyRepository.Value... more) {
    List<SurveyRepository.Value> values = new ArrayList<>(List.of(more));
    r.answers()
        .forEach(
            (q, given) -> given.forEach(v -> values.add(new SurveyRepository.Value(q, v, false))));
    // In one transaction, as AnswerSurvey stores a response.
    Boolean stored =
        transactions.execute(
            tx ->
                repository.insertResponse(
                    m,
                    UUID.randomUUID(),
                    round,
                    r.channel(),
                    r.areaCode(),
                    r.ageBand() == null ? null : r.ageBand().name(),
                    r.gender() == null ? null : r.gender().name(),
                    LocalDate.now(Ui.ZONE),
                    values));
    assertThat(stored).isTrue();
  }
}
