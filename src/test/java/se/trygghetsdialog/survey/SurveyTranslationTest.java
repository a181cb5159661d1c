package se.trygghetsdialog.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Language;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.survey.results.SurveyResultsSource;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Per-question translations: staff translate a question's text and options for the languages
 * residents may choose; residents see them in their page language, and the Swedish text, marked as
 * such, where a translation is missing or was made for an earlier Swedish wording. Translating
 * never makes a new version.
 */
@IntegrationTest
class SurveyTranslationTest {

  static final String NTU_EN =
      "How safe or unsafe do you feel when you go out alone late in the evening in your own area?";

  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired MockMvc mvc;
  @Autowired BuildSurvey build;
  @Autowired Surveys surveys;
  @Autowired SurveyRepository repository;

  MunicipalityId m;
  StaffPrincipal leader;
  UUID survey;
  UUID round;
  Question ntu;
  Question worry;

  @BeforeEach
  void setUp() {
    m = StaffMother.tenant(municipalities).id();
    leader =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Tove Översätt", Role.PROCESS_LEADER));
    survey =
        build.create(m, new BuildSurvey.Create("Språk " + UUID.randomUUID(), "", true), leader);
    LocalDate today = LocalDate.now(Ui.ZONE);
    round =
        build.createRound(
            m,
            survey,
            new BuildSurvey.RoundInput(
                "Omgång", today.minusDays(1), today.plusDays(10), true, null),
            leader);
    ntu = question(SurveyResultsSource.NTU_CODE);
    worry = question("oro-brott");
  }

  Question question(String code) {
    return surveys.asked(m, survey).stream()
        .filter(q -> q.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  String translationPath(Question q) {
    return "/personal/enkater/" + survey + "/fragor/" + q.id() + "/oversattning";
  }

  MvcResult translate(Question q, String... fields) throws Exception {
    MockHttpServletRequestBuilder request =
        post(translationPath(q)).with(user(leader)).with(csrf());
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(request).andReturn();
  }

  /** The NTU item in English, every option translated. */
  void translateNtuIntoEnglish() throws Exception {
    String[] fields = {
      "text-en", NTU_EN,
      "option-en-mycket-trygg", "Very safe",
      "option-en-ganska-trygg", "Fairly safe",
      "option-en-ganska-otrygg", "Fairly unsafe",
      "option-en-mycket-otrygg", "Very unsafe",
      "option-en-gar-ej-ut-oro", "I do not go out in the evening for fear of crime",
      "option-en-gar-ej-ut-annat", "I do not go out in the evening for other reasons"
    };
    assertThat(translate(ntu, fields).getResponse().getStatus()).isEqualTo(302);
  }

  /** The first page of a new answer, in {@code lang}. */
  String firstPage(String lang) throws Exception {
    String url =
        mvc.perform(post("/enkater/" + round + "/borja").with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return mvc.perform(get(url).param("lang", lang))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aTranslatedQuestionIsShownInEnglishAndAnUntranslatedOneInSwedishMarkedAsSuch()
      throws Exception {
    translateNtuIntoEnglish();

    String english = firstPage("en");
    assertThat(english)
        .contains("<span>" + NTU_EN + "</span>")
        .contains(">Very safe</label>")
        .doesNotContain(">Mycket trygg</label>")
        .contains("<span lang=\"sv\">" + worry.text() + "</span>")
        .contains("lang=\"sv\">Aldrig</label>")
        .contains("id=\"q-" + worry.id() + "-sv\">Only in Swedish.</p>")
        .doesNotContain("id=\"q-" + ntu.id() + "-sv\"");

    String swedish = firstPage("sv");
    assertThat(swedish)
        .contains(ntu.text())
        .doesNotContain(NTU_EN)
        .doesNotContain("Finns bara på svenska")
        .doesNotContain("lang=\"sv\">Aldrig");

    String arabic = firstPage("ar");
    assertThat(arabic)
        .contains("<span lang=\"sv\">" + ntu.text() + "</span>")
        .contains("متوفر باللغة السويدية فقط.")
        .contains("الصفحة التالية");
  }

  @Test
  void publishedResultsShowATranslatedQuestionInEnglishAndAnUntranslatedOneInSwedishMarked()
      throws Exception {
    translateNtuIntoEnglish();
    LocalDate today = LocalDate.now(Ui.ZONE);
    UUID closed =
        build.createRound(
            m,
            survey,
            new BuildSurvey.RoundInput(
                "Förra mätningen", today.minusDays(40), today.minusDays(10), true, null),
            leader);
    repository.insertResponse(
        m,
        UUID.randomUUID(),
        closed,
        "web",
        null,
        null,
        null,
        today.minusDays(20),
        List.of(
            new SurveyRepository.Value(ntu.id(), "ganska-trygg", false),
            new SurveyRepository.Value(worry.id(), worry.options().get(0).value(), false)));

    String english = results(closed, "en");
    assertThat(english)
        .contains("<h2 class=\"govuk-heading-m\">" + NTU_EN + "</h2>")
        .contains("Very safe")
        .doesNotContain(ntu.text())
        .contains("<h2 class=\"govuk-heading-m\" lang=\"sv\">" + worry.text() + "</h2>")
        .contains("Only in Swedish.");

    String swedish = results(closed, "sv");
    assertThat(swedish)
        .contains("<h2 class=\"govuk-heading-m\">" + ntu.text() + "</h2>")
        .doesNotContain(NTU_EN)
        .doesNotContain("Finns bara på svenska");
  }

  String results(UUID round, String lang) throws Exception {
    return mvc.perform(get("/enkater/" + round + "/resultat").param("lang", lang))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void translatingMakesNoNewVersionEvenOfAnAnsweredQuestion() throws Exception {
    String paper = "/personal/enkater/" + survey + "/omgangar/" + round + "/papper";
    mvc.perform(
            post(paper)
                .with(user(leader))
                .with(csrf())
                .param("entry", UUID.randomUUID().toString())
                .param("q-" + ntu.id(), "ganska-trygg"))
        .andExpect(status().is3xxRedirection());
    assertThat(surveys.answered(m, ntu)).isTrue();

    translateNtuIntoEnglish();

    Question after = question(SurveyResultsSource.NTU_CODE);
    assertThat(after.id()).isEqualTo(ntu.id());
    assertThat(after.version()).isEqualTo(1);
    assertThat(surveys.questions(m, survey).stream().filter(q -> q.code().equals(ntu.code())))
        .hasSize(1);
    QuestionTranslations translations = surveys.translations(m, List.of(after));
    assertThat(translations.text(after, Language.ENGLISH))
        .isEqualTo(new QuestionTranslations.Wording(NTU_EN, false));
    assertThat(translations.complete(after, Language.ENGLISH)).isTrue();
    assertThat(translations.complete(after, Language.ARABIC)).isFalse();
  }

  @Test
  void aNewSwedishWordingMakesANewVersionWhoseOutdatedTextTranslationIsNotShown() throws Exception {
    translateNtuIntoEnglish();
    String paper = "/personal/enkater/" + survey + "/omgangar/" + round + "/papper";
    mvc.perform(
            post(paper)
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
                "Hur trygg känner du dig ute ensam på kvällen?",
                SurveyOption.format(ntu.options()),
                1,
                null,
                null,
                null,
                null),
            leader);
    assertThat(next).isNotEqualTo(ntu.id());

    Question current = surveys.question(m, next).orElseThrow();
    QuestionTranslations translations = surveys.translations(m, List.of(current));
    // The text changed: its translation is kept for staff to revise, but not shown.
    assertThat(translations.text(current, Language.ENGLISH))
        .isEqualTo(new QuestionTranslations.Wording(current.text(), true));
    assertThat(translations.entry(next, Language.ENGLISH, "")).isPresent();
    // The options kept their wording and their translations.
    assertThat(translations.option(current, current.options().get(0), Language.ENGLISH))
        .isEqualTo(new QuestionTranslations.Wording("Very safe", false));

    String english = firstPage("en");
    assertThat(english)
        .contains("<span lang=\"sv\">" + current.text() + "</span>")
        .contains("id=\"q-" + next + "-sv\">Only in Swedish.</p>")
        .contains(">Very safe</label>");
    String form =
        mvc.perform(get(translationPath(current)).with(user(leader)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(form).contains("value=\"" + NTU_EN + "\"").contains("tidigare svensk lydelse");
  }

  @Test
  void anEmptyFieldRemovesATranslationAndAFieldNotSentKeepsIt() throws Exception {
    translateNtuIntoEnglish();
    assertThat(translate(ntu, "text-en", " ").getResponse().getStatus()).isEqualTo(302);
    QuestionTranslations translations = surveys.translations(m, List.of(ntu));
    assertThat(translations.text(ntu, Language.ENGLISH).swedishOnly()).isTrue();
    assertThat(translations.option(ntu, ntu.options().get(1), Language.ENGLISH).text())
        .isEqualTo("Fairly safe");
  }

  @Test
  void aTooLongTranslationIsRefusedWithEveryFieldToCorrectAndNothingIsStored() throws Exception {
    MvcResult refused =
        translate(
            ntu,
            "text-en",
            "x".repeat(TranslateQuestion.MAX_TEXT + 1),
            "option-en-mycket-trygg",
            "y".repeat(TranslateQuestion.MAX_OPTION + 1),
            "text-ar",
            "كم تشعر بالأمان؟");
    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    String body = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(body)
        .contains("href=\"#text-en\"")
        .contains("href=\"#option-en-mycket-trygg\"")
        .contains("högst 500 tecken")
        .contains("högst 200 tecken")
        .contains("كم تشعر بالأمان؟");
    QuestionTranslations translations = surveys.translations(m, List.of(ntu));
    assertThat(translations.entry(ntu.id(), Language.ARABIC, "")).isEmpty();
  }

  @Test
  void onlyStaffWhoBuildSurveysTranslateAndOnlyAMapQuestionIsMarkedAsAnUnsafePlace()
      throws Exception {
    StaffPrincipal moderator =
        accounts.actingAs(StaffMother.staff(municipalities, accounts, "Mo Mod", Role.MODERATOR));
    mvc.perform(get(translationPath(ntu)).with(user(moderator))).andExpect(status().isForbidden());
    mvc.perform(get(translationPath(ntu)).with(user(leader))).andExpect(status().isOk());

    Question place = question(QuestionBank.UNSAFE_PLACE);
    assertThat(place.unsafePlace()).isTrue();
    assertThat(ntu.unsafePlace()).isFalse();
    mvc.perform(
            post("/personal/enkater/" + survey + "/fragor/" + ntu.id() + "/otrygg-plats")
                .with(user(leader))
                .with(csrf())
                .param("unsafe", "true"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/personal/enkater/" + survey + "/fragor/" + place.id() + "/otrygg-plats")
                .with(user(leader))
                .with(csrf())
                .param("unsafe", "false"))
        .andExpect(status().is3xxRedirection());
    Question unmarked = question(QuestionBank.UNSAFE_PLACE);
    assertThat(unmarked.unsafePlace()).isFalse();
    assertThat(unmarked.id()).isEqualTo(place.id());
  }
}
