package se.trygghetsdialog.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.survey.results.SurveyResultsSource;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Lysekil demo data for surveys: Trygghetsmätning 2026 with the question bank (the NTU-style item
 * first), a round closed a year ago (tied to the dialogue Trygghet i Lysekils kommun, a little more
 * otrygga) and an open round, each with a few hundred generated answers on the web and on paper, so
 * that the results, the trend and the evidence links show something. Does nothing if the
 * municipality already has surveys.
 */
@DemoData
@Order(570)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);

  /** How many answers the demo round gets. */
  static final int RESPONSES = 320;

  /** How many answers the closed round a year earlier got. */
  static final int EARLIER_RESPONSES = 260;

  /** The demo dialogue the earlier round's results count towards. */
  private static final String DIALOGUE_TITLE = "Trygghet i Lysekils kommun";

  private final Municipalities municipalities;
  private final StaffAccounts accounts;
  private final BuildSurvey build;
  private final SurveyRepository repository;
  private final Areas areas;
  private final Dialogues dialogues;
  private final TranslateQuestion translate;

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    municipalities.byCode("1484").map(Tenant::id).ifPresent(this::load);
  }

  /**
   * The NTU-style item in English and Arabic, by form field, so that the demo shows a translated
   * question beside untranslated ones (demo text, not reviewed translations).
   */
  static final java.util.Map<String, String> NTU_TRANSLATIONS =
      java.util.Map.ofEntries(
          java.util.Map.entry(
              "text-en",
              "How safe or unsafe do you feel when you go out alone late in the evening in your"
                  + " own area?"),
          java.util.Map.entry("option-en-mycket-trygg", "Very safe"),
          java.util.Map.entry("option-en-ganska-trygg", "Fairly safe"),
          java.util.Map.entry("option-en-ganska-otrygg", "Fairly unsafe"),
          java.util.Map.entry("option-en-mycket-otrygg", "Very unsafe"),
          java.util.Map.entry(
              "option-en-gar-ej-ut-oro", "I do not go out in the evening for fear of crime"),
          java.util.Map.entry(
              "option-en-gar-ej-ut-annat", "I do not go out in the evening for other reasons"),
          java.util.Map.entry(
              "text-ar",
              "ما مدى شعورك بالأمان أو عدم الأمان عندما تخرج وحدك في وقت متأخر من المساء في"
                  + " منطقتك السكنية؟"),
          java.util.Map.entry("option-ar-mycket-trygg", "آمن جدًا"),
          java.util.Map.entry("option-ar-ganska-trygg", "آمن إلى حد ما"),
          java.util.Map.entry("option-ar-ganska-otrygg", "غير آمن إلى حد ما"),
          java.util.Map.entry("option-ar-mycket-otrygg", "غير آمن جدًا"),
          java.util.Map.entry(
              "option-ar-gar-ej-ut-oro", "لا أخرج في المساء خوفًا من التعرض لجريمة"),
          java.util.Map.entry("option-ar-gar-ej-ut-annat", "لا أخرج في المساء لأسباب أخرى"));

  private void load(MunicipalityId m) {
    if (!repository.surveys(m).isEmpty()) {
      return;
    }
    Optional<StaffPrincipal> coordinator =
        accounts.findByEmail(m, "trygghetssamordnare@lysekil.example").map(accounts::actingAs);
    if (coordinator.isEmpty()) {
      return;
    }
    log.info("Loading the Lysekil survey demo data");
    StaffPrincipal staff = coordinator.get();
    UUID survey =
        build.create(
            m,
            new BuildSurvey.Create(
                "Trygghetsmätning 2026",
                "Hur trygg känner du dig i Lysekil? Svaren används i kommunens och polisens"
                    + " gemensamma trygghetsarbete.",
                true),
            staff);
    LocalDate today = LocalDate.now(Ui.ZONE);
    UUID dialogue = dialogues.titled(m, DIALOGUE_TITLE).map(d -> d.id().value()).orElse(null);
    UUID earlier =
        build.createRound(
            m,
            survey,
            new BuildSurvey.RoundInput(
                "Mätningen " + today.minusDays(395).getYear(),
                today.minusDays(395),
                today.minusDays(335),
                true,
                dialogue),
            staff);
    UUID round =
        build.createRound(
            m,
            survey,
            new BuildSurvey.RoundInput(
                "Mätningen " + today.minusDays(30).getYear(),
                today.minusDays(30),
                today.plusDays(30),
                true,
                null),
            staff);
    List<Question> asked = repository.questions(m, survey);
    asked.stream()
        .filter(q -> SurveyResultsSource.NTU_CODE.equals(q.code()))
        .findFirst()
        .ifPresent(ntu -> translate.translate(m, ntu.id(), NTU_TRANSLATIONS, staff));
    List<Area> areaList = areas.all(m);
    Random random = new Random(1484);
    answers(m, earlier, EARLIER_RESPONSES, 8, today.minusDays(335), asked, areaList, random);
    answers(m, round, RESPONSES, 0, today, asked, areaList, random);
  }

  /**
   * Generated answers to the round: {@code worse} percentiles more otrygga than the current level,
   * received in the 30 days up to {@code last}.
   */
  private void answers(
      MunicipalityId m,
      UUID round,
      int count,
      int worse,
      LocalDate last,
      List<Question> asked,
      List<Area> areaList,
      Random random) {
    for (int i = 0; i < count; i++) {
      List<SurveyRepository.Value> values = new ArrayList<>();
      int unsafe = Math.min(99, random.nextInt(100) + worse);
      for (Question q : asked) {
        if (q.code().equals(SurveyResultsSource.NTU_CODE)) {
          values.add(new SurveyRepository.Value(q.id(), ntu(unsafe), false));
        } else if (q.kind() == QuestionKind.LIKERT && random.nextInt(10) > 0) {
          int bias = unsafe > 60 ? 1 : 0;
          int index = Math.min(q.options().size() - 1, random.nextInt(q.options().size()) + bias);
          values.add(new SurveyRepository.Value(q.id(), q.options().get(index).value(), false));
        }
      }
      Area area = areaList.isEmpty() ? null : areaList.get(random.nextInt(areaList.size()));
      String areaCode = null;
      if (area != null) {
        String code = areas.code(m, area.id());
        areaCode = code.isEmpty() ? area.id().toString() : code;
      }
      repository.insertResponse(
          m,
          UUID.randomUUID(),
          round,
          random.nextInt(8) == 0 ? AnswerSurvey.PAPER : AnswerSurvey.WEB,
          random.nextInt(12) == 0 ? null : areaCode,
          random.nextInt(12) == 0
              ? null
              : AgeBand.values()[1 + random.nextInt(AgeBand.values().length - 1)].name(),
          random.nextInt(15) == 0 ? null : Gender.values()[random.nextInt(2)].name(),
          last.minusDays(random.nextInt(30)),
          values);
    }
  }

  /** A value of the headline item: about one in four feel unsafe, as in many municipalities. */
  private static String ntu(int percentile) {
    List<String> values = SurveyResultsSource.NTU_VALUES;
    if (percentile < 30) {
      return values.get(0);
    }
    if (percentile < 68) {
      return values.get(1);
    }
    if (percentile < 84) {
      return values.get(2);
    }
    if (percentile < 91) {
      return values.get(3);
    }
    return percentile < 96 ? values.get(4) : values.get(5);
  }
}
