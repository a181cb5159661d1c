package se.trygghetsdialog.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestMailServer;
import se.trygghetsdialog.survey.results.Stratum;
import se.trygghetsdialog.survey.results.SurveyResultsSource;
import se.trygghetsdialog.survey.results.Tally;
import se.trygghetsdialog.tenancy.Municipalities;

/** Surveys over HTTP: building, answering by pages, codes kept apart, paper, bad input. */
@IntegrationTest
class SurveyIntegrationTest {

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired MockMvc mvc;
  @Autowired BuildSurvey build;
  @Autowired Surveys surveys;
  @Autowired SurveyInvitations invitations;
  @Autowired SurveyResultsJdbcSource results;
  @Autowired JdbcClient jdbc;

  MunicipalityId m;
  StaffPrincipal leader;

  @BeforeEach
  void setUp() {
    m = StaffMother.tenant(municipalities).id();
    leader =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Pia Enkät", Role.PROCESS_LEADER));
  }

  UUID survey() {
    return build.create(
        m, new BuildSurvey.Create("Mätning " + UUID.randomUUID(), "", true), leader);
  }

  UUID round(UUID survey, boolean openLink, LocalDate opens, LocalDate closes) {
    return build.createRound(
        m, survey, new BuildSurvey.RoundInput("Omgång", opens, closes, openLink, null), leader);
  }

  UUID openRound(UUID survey) {
    LocalDate today = LocalDate.now(Ui.ZONE);
    return round(survey, true, today.minusDays(1), today.plusDays(10));
  }

  Question question(UUID survey, String code) {
    return surveys.asked(m, survey).stream()
        .filter(q -> q.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  UUID conditional(UUID survey) {
    return build.addQuestion(
        m,
        survey,
        new BuildSurvey.QuestionInput(
            QuestionKind.TEXT,
            "Vad gör dig otrygg?",
            null,
            2,
            null,
            null,
            SurveyResultsSource.NTU_CODE,
            "mycket-otrygg"),
        leader);
  }

  String start(UUID round) throws Exception {
    String url =
        mvc.perform(post("/enkater/" + round + "/borja").with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(url).startsWith("/enkater/svar/");
    return url;
  }

  MvcResult send(String url, String... fields) throws Exception {
    MockHttpServletRequestBuilder request = post(url).with(csrf());
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(request).andReturn();
  }

  String page(String url) throws Exception {
    return mvc.perform(get(url))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  int responses(UUID round) {
    return surveys.responses(m, round);
  }

  @Test
  void aNewSurveyCarriesTheNtuItemWithTheContractsOptions() {
    UUID survey = survey();
    Question ntu = question(survey, SurveyResultsSource.NTU_CODE);
    assertThat(ntu.kind()).isEqualTo(QuestionKind.SINGLE);
    assertThat(ntu.options().stream().map(SurveyOption::value).toList())
        .isEqualTo(SurveyResultsSource.NTU_VALUES);
  }

  @Test
  void aConditionalQuestionIsShownOnTheNextPageOnlyAfterTheAnswerItDependsOn() throws Exception {
    UUID survey = survey();
    UUID conditional = conditional(survey);
    UUID round = openRound(survey);
    Question ntu = question(survey, SurveyResultsSource.NTU_CODE);

    String worried = start(round);
    assertThat(page(worried)).contains(ntu.text()).doesNotContain("Vad gör dig otrygg?");
    assertThat(send(worried, "q-" + ntu.id(), "mycket-otrygg").getResponse().getStatus())
        .isEqualTo(302);
    assertThat(page(worried)).contains("Vad gör dig otrygg?");

    String calm = start(round);
    send(calm, "q-" + ntu.id(), "mycket-trygg");
    assertThat(page(calm)).doesNotContain("Vad gör dig otrygg?");
    assertThat(conditional).isNotNull();
  }

  @Test
  void aResidentAnswersPageByPageAndTheResponseIsStoredOnceSent() throws Exception {
    UUID survey = survey();
    UUID round = openRound(survey);
    Question ntu = question(survey, SurveyResultsSource.NTU_CODE);
    String url = start(round);
    send(url, "q-" + ntu.id(), "ganska-otrygg");
    for (int i = 0; i < 5 && responses(round) == 0; i++) {
      assertThat(send(url, "action", "next").getResponse().getStatus()).isEqualTo(302);
    }
    assertThat(responses(round)).isEqualTo(1);
    Tally tally = results.tally(m, round, results.round(m, round).orElseThrow().questions());
    assertThat(tally.total()).isEqualTo(1);
    assertThat(tally.of(ntu.id()))
        .extracting(Tally.Answers::values)
        .containsExactly(List.of("ganska-otrygg"));
    assertThat(channels(round)).containsExactly(AnswerSurvey.WEB);
    assertThat(send(url, "action", "next").getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void theSaveLinkResumesOnTheSamePageWithTheAnswersSoFar() throws Exception {
    UUID survey = survey();
    UUID round = openRound(survey);
    Question ntu = question(survey, SurveyResultsSource.NTU_CODE);
    String url = start(round);
    MvcResult saved = send(url, "q-" + ntu.id(), "ganska-trygg", "action", "save");
    assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(url + "/sparad");
    assertThat(page(url + "/sparad")).contains(url);
    assertThat(page(url)).containsPattern("value=\"ganska-trygg\"\\s+checked");
  }

  @Test
  void aClosedRoundRefusesAnswersWithAClearMessage() throws Exception {
    UUID survey = survey();
    LocalDate today = LocalDate.now(Ui.ZONE);
    UUID round = round(survey, true, today.minusDays(20), today.minusDays(1));
    mvc.perform(post("/enkater/" + round + "/borja").with(csrf())).andExpect(status().isGone());
    assertThat(page("/enkater/" + round)).contains("inte öppen");
  }

  @Test
  void aTamperedQuestionIdOrOptionIsRefusedWith400() throws Exception {
    UUID survey = survey();
    UUID round = openRound(survey);
    Question ntu = question(survey, SurveyResultsSource.NTU_CODE);
    String url = start(round);
    assertThat(send(url, "q-" + UUID.randomUUID(), "x").getResponse().getStatus()).isEqualTo(400);
    assertThat(send(url, "q-" + ntu.id(), "not-an-option").getResponse().getStatus())
        .isEqualTo(400);
    assertThat(send(url, "q-garbage", "x").getResponse().getStatus()).isEqualTo(400);
  }

  @Test
  void aNumberOutOfRangeIsShownAgainWithAMessage() throws Exception {
    UUID survey =
        build.create(m, new BuildSurvey.Create("Tal " + UUID.randomUUID(), "", false), leader);
    UUID number =
        build.addQuestion(
            m,
            survey,
            new BuildSurvey.QuestionInput(
                QuestionKind.NUMBER, "Hur många kvällar?", null, 1, 0, 7, null, null),
            leader);
    UUID round = openRound(survey);
    String url = start(round);
    MvcResult result = send(url, "q-" + number, "9");
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("utanför det tillåtna");
    assertThat(send(url, "q-" + number, "sju").getResponse().getStatus()).isEqualTo(400);
    assertThat(send(url, "q-" + number, "7").getResponse().getStatus()).isEqualTo(302);
    assertThat(responses(round)).isEqualTo(1);
  }

  @Test
  void aDoubleSubmitOfTheLastPageStoresOneResponse() throws Exception {
    UUID survey =
        build.create(m, new BuildSurvey.Create("Dubbel " + UUID.randomUUID(), "", false), leader);
    build.addFromBank(m, survey, SurveyResultsSource.NTU_CODE, leader);
    Question ntu = question(survey, SurveyResultsSource.NTU_CODE);
    UUID round = openRound(survey);
    String url = start(round);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> sent = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Callable<Integer> send =
            () -> send(url, "q-" + ntu.id(), "mycket-trygg").getResponse().getStatus();
        sent.add(pool.submit(send));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : sent) {
        statuses.add(f.get());
      }
      assertThat(statuses).contains(302).allMatch(s -> s == 302 || (s >= 400 && s < 500));
    } finally {
      pool.shutdown();
    }
    assertThat(responses(round)).isEqualTo(1);
  }

  @Test
  void aCodeGivesOneResponseAndAUsedOrUnknownCodeIsRefused() throws Exception {
    UUID survey =
        build.create(m, new BuildSurvey.Create("Kod " + UUID.randomUUID(), "", false), leader);
    build.addFromBank(m, survey, SurveyResultsSource.NTU_CODE, leader);
    Question ntu = question(survey, SurveyResultsSource.NTU_CODE);
    LocalDate today = LocalDate.now(Ui.ZONE);
    UUID round = round(survey, false, today, today.plusDays(3));
    mvc.perform(post("/enkater/" + round + "/borja").with(csrf()))
        .andExpect(status().isForbidden());
    invitations.generate(m, round, new SurveyInvitations.Generate(2), leader);
    String code = invitations.letters(m, round, leader).get(0).code();

    String first = codeStart(code.toLowerCase(Locale.ROOT), 302);
    String second = codeStart(code, 302);
    send(first, "q-" + ntu.id(), "ganska-trygg");
    assertThat(send(second, "q-" + ntu.id(), "mycket-trygg").getResponse().getStatus())
        .isEqualTo(409);
    assertThat(responses(round)).isEqualTo(1);
    codeStart(code, 409);
    codeStart("ZZZZZ-ZZZZZ", 404);
    assertThat(invitations.letters(m, round, leader)).hasSize(1);
    assertThat(surveys.codes(m, round)).isEqualTo(new Surveys.CodeCounts(2, 1));
  }

  String codeStart(String code, int expected) throws Exception {
    MvcResult result =
        mvc.perform(
                post("/enkater/kod")
                    .with(csrf())
                    .param("kod", code)
                    .with(
                        r -> {
                          r.setRemoteAddr("10.9." + (int) (Math.random() * 250) + ".1");
                          return r;
                        }))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(expected);
    return result.getResponse().getRedirectedUrl();
  }

  @Test
  void theCodesTableAndTheAnswersTablesShareNothingToJoinOn() {
    List<String> codeColumns = columns("survey_invitation");
    assertThat(codeColumns)
        .containsExactlyInAnyOrder(
            "invitation_id", "municipality_id", "round_id", "code", "email", "used", "reminded");
    for (String table : List.of("survey_response", "survey_answer")) {
      assertThat(columns(table))
          .as(table)
          .doesNotContain("invitation_id", "code", "email")
          .noneMatch(c -> c.endsWith("_at"));
    }
    assertThat(types("survey_invitation")).doesNotContain("timestamp with time zone", "date");
    assertThat(types("survey_response")).doesNotContain("timestamp with time zone");
  }

  List<String> columns(String table) {
    return jdbc.sql(
            "SELECT column_name FROM information_schema.columns WHERE table_name = :t"
                + " ORDER BY ordinal_position")
        .param("t", table)
        .query(String.class)
        .list();
  }

  List<String> channels(UUID round) {
    return jdbc.sql("SELECT channel FROM survey_response WHERE round_id = :r")
        .param("r", round)
        .query(String.class)
        .list();
  }

  List<String> types(String table) {
    return jdbc.sql("SELECT data_type FROM information_schema.columns WHERE table_name = :t")
        .param("t", table)
        .query(String.class)
        .list();
  }

  @Test
  void remindersGoOnlyToCodesNotYetUsed() throws Exception {
    UUID survey =
        build.create(m, new BuildSurvey.Create("Påm " + UUID.randomUUID(), "", false), leader);
    build.addFromBank(m, survey, SurveyResultsSource.NTU_CODE, leader);
    Question ntu = question(survey, SurveyResultsSource.NTU_CODE);
    UUID round = openRound(survey);
    String tag = StaffMother.uniqueWord();
    String answers = "svarar-" + tag + "@example.org";
    String silent = "tyst-" + tag + "@example.org";
    invitations.invite(
        m,
        round,
        new SurveyInvitations.Invite(answers + "\n" + silent),
        Locale.forLanguageTag("sv"),
        leader);
    TestMailServer.Mail invitation = TestMailServer.awaitMail(answers, "Inbjudan");
    String code = invitation.body().replaceAll("(?s).*kod ([A-Z0-9]{5}-[A-Z0-9]{5}).*", "$1");
    send(codeStart(code, 302), "q-" + ntu.id(), "ganska-trygg");
    assertThat(responses(round)).isEqualTo(1);

    assertThat(invitations.remind(m, round, Locale.forLanguageTag("sv"), leader)).isEqualTo(1);
    TestMailServer.awaitMail(silent, "Påminnelse");
    assertThat(TestMailServer.received())
        .noneMatch(mail -> mail.to().contains(answers) && mail.subject().contains("Påminnelse"));
  }

  @Test
  void aPaperAnswerIsStoredWithItsChannelOnceEvenWhenSentTwice() throws Exception {
    UUID survey = survey();
    Question ntu = question(survey, SurveyResultsSource.NTU_CODE);
    Question age = question(survey, "bakgrund-alder");
    UUID round = openRound(survey);
    String form = "/personal/enkater/" + survey + "/omgangar/" + round + "/papper";
    mvc.perform(get(form).with(user(leader))).andExpect(status().isOk());
    String entry = UUID.randomUUID().toString();
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post(form)
                  .with(user(leader))
                  .with(csrf())
                  .param("entry", entry)
                  .param("q-" + ntu.id(), "gar-ej-ut-oro")
                  .param("q-" + age.id(), "FROM_65"))
          .andExpect(status().is3xxRedirection());
    }
    Tally tally = results.tally(m, round, results.round(m, round).orElseThrow().questions());
    assertThat(tally.respondents().keySet())
        .extracting(Stratum::ageBand)
        .containsExactly(se.trygghetsdialog.shared.AgeBand.FROM_65);
    assertThat(tally.total()).isEqualTo(1);
    assertThat(channels(round)).containsExactly(AnswerSurvey.PAPER);
  }

  @Test
  void anAnsweredQuestionIsVersionedOnEditAndArchivedNotDeleted() throws Exception {
    UUID survey = survey();
    Question ntu = question(survey, SurveyResultsSource.NTU_CODE);
    Question worry = question(survey, "oro-brott");
    BuildSurvey.QuestionInput edited =
        new BuildSurvey.QuestionInput(
            QuestionKind.LIKERT,
            "Hur ofta oroar du dig?",
            "1 | Aldrig\n2 | Ofta",
            1,
            null,
            null,
            null,
            null);
    assertThat(build.editQuestion(m, worry.id(), edited, leader)).isEqualTo(worry.id());

    UUID round = openRound(survey);
    String form = "/personal/enkater/" + survey + "/omgangar/" + round + "/papper";
    mvc.perform(
            post(form)
                .with(user(leader))
                .with(csrf())
                .param("entry", UUID.randomUUID().toString())
                .param("q-" + ntu.id(), "ganska-trygg"))
        .andExpect(status().is3xxRedirection());

    UUID next =
        build.editQuestion(
            m,
            ntu.id(),
            new BuildSurvey.QuestionInput(
                QuestionKind.SINGLE,
                "Hur trygg känner du dig?",
                SurveyOption.format(ntu.options()),
                1,
                null,
                null,
                null,
                null),
            leader);
    assertThat(next).isNotEqualTo(ntu.id());
    assertThat(surveys.question(m, ntu.id()).orElseThrow().current()).isFalse();
    Question current = surveys.question(m, next).orElseThrow();
    assertThat(current.version()).isEqualTo(2);
    assertThat(current.code()).isEqualTo(SurveyResultsSource.NTU_CODE);
    SurveyResultsSource.Round forResults = results.round(m, round).orElseThrow();
    assertThat(forResults.questions().stream().map(SurveyResultsSource.Question::id))
        .contains(ntu.id(), next);

    mvc.perform(
            post("/personal/enkater/" + survey + "/fragor/" + ntu.id() + "/ta-bort")
                .with(user(leader))
                .with(csrf()))
        .andExpect(status().isBadRequest());
    assertThatThrownBy(() -> build.delete(m, ntu.id(), leader))
        .isInstanceOf(SurveyRuleViolation.class);
    build.archive(m, next, true, leader);
    assertThat(surveys.asked(m, survey)).noneMatch(q -> q.code().equals(ntu.code()));
    build.delete(m, worry.id(), leader);
    assertThat(surveys.question(m, worry.id())).isEmpty();
  }

  @Test
  void staffBuildASurveyOverHttpAndOthersAreRefused() throws Exception {
    StaffPrincipal moderator =
        accounts.actingAs(StaffMother.staff(municipalities, accounts, "Mo Mod", Role.MODERATOR));
    mvc.perform(get("/personal/enkater").with(user(moderator))).andExpect(status().isForbidden());
    String location =
        mvc.perform(
                post("/personal/enkater")
                    .with(user(leader))
                    .with(csrf())
                    .param("title", "Webbenkät")
                    .param("withBank", "true"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String body =
        mvc.perform(get(location).with(user(leader)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).contains("Hur trygg eller otrygg");
    mvc.perform(
            post(location + "/fragor")
                .with(user(leader))
                .with(csrf())
                .param("kind", "SINGLE")
                .param("text", "Fråga utan alternativ")
                .param("page", "1"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(location + "/omgangar")
                .with(user(leader))
                .with(csrf())
                .param("title", "Våren")
                .param("opens", "2026-03-10")
                .param("closes", "2026-03-01"))
        .andExpect(status().isBadRequest());
  }
}
