package se.trygghetsdialog.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Language;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.survey.results.Stratum;
import se.trygghetsdialog.survey.results.SurveyResultsSource;
import se.trygghetsdialog.survey.results.SurveyRoundHistory;
import se.trygghetsdialog.survey.results.Tally;

/**
 * The results' view of a round over the survey tables: the closed questions of the round (each
 * version apart), its answers as counted per stratum and set of values while they were stored (a
 * few thousand rows however many responses), and the survey's rounds oldest first for the trend.
 *
 * <p>Which versions a round asked: the versions answered in it; for a question none of whose
 * versions has answers in the round, the version asked now. While a round is open, the version
 * asked now is always included too (it is what residents are answering). So once a round has
 * closed, a version made after it never appears among its questions.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SurveyResultsJdbcSource implements SurveyResultsSource, SurveyRoundHistory {

  private final SurveyRepository repository;

  /** For tools that run without Spring (the benchmark). */
  public static SurveyResultsSource over(DataSource dataSource) {
    return new SurveyResultsJdbcSource(repository(dataSource));
  }

  /**
   * For tools that store answers directly, without the counting done as a response is stored (the
   * benchmark): counts the round's stored answers afresh.
   */
  public static void recount(DataSource dataSource, MunicipalityId municipality, UUID roundId) {
    repository(dataSource).recount(municipality, roundId);
  }

  private static SurveyRepository repository(DataSource dataSource) {
    return new SurveyRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
  }

  @Override
  @Transactional(readOnly = true)
  public List<UUID> rounds(MunicipalityId municipality, UUID surveyId) {
    return repository.roundIdsOldestFirst(municipality, surveyId);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Round> round(MunicipalityId municipality, UUID roundId) {
    return round(municipality, roundId, Language.SWEDISH);
  }

  /**
   * The round with each question in {@code language} when it is wholly translated for its current
   * Swedish wording (text and every option), otherwise in Swedish and marked as such.
   */
  @Override
  @Transactional(readOnly = true)
  public Optional<Round> round(MunicipalityId municipality, UUID roundId, Language language) {
    return repository
        .round(municipality, roundId)
        .map(
            round -> {
              Set<UUID> answered = new HashSet<>(repository.answeredInRound(municipality, roundId));
              List<se.trygghetsdialog.survey.Question> all =
                  repository.questions(municipality, round.surveyId());
              Set<String> answeredCodes = new HashSet<>();
              for (se.trygghetsdialog.survey.Question q : all) {
                if (answered.contains(q.id())) {
                  answeredCodes.add(q.code());
                }
              }
              boolean closed = round.closedBy(LocalDate.now(Ui.ZONE));
              List<se.trygghetsdialog.survey.Question> shown = new ArrayList<>();
              for (se.trygghetsdialog.survey.Question q : all) {
                boolean askedInRound =
                    answered.contains(q.id())
                        || (q.asked() && (!closed || !answeredCodes.contains(q.code())));
                if (kind(q.kind()) != null && askedInRound) {
                  shown.add(q);
                }
              }
              boolean swedish = "sv".equals(language.locale().getLanguage());
              QuestionTranslations translations =
                  swedish
                      ? QuestionTranslations.none()
                      : new QuestionTranslations(
                          repository.translations(
                              municipality,
                              shown.stream().map(se.trygghetsdialog.survey.Question::id).toList()));
              List<Question> questions = new ArrayList<>();
              for (se.trygghetsdialog.survey.Question q : shown) {
                boolean translated = swedish || translations.complete(q, language);
                questions.add(
                    new Question(
                        q.id(),
                        q.version(),
                        q.code(),
                        translated ? translations.text(q, language).text() : q.text(),
                        kind(q.kind()),
                        q.options().stream()
                            .map(
                                o ->
                                    new Option(
                                        o.value(),
                                        translated
                                            ? translations.option(q, o, language).text()
                                            : o.label()))
                            .toList(),
                        !translated));
              }
              return new Round(round.id(), round.title(), round.opens(), round.closes(), questions);
            });
  }

  private static @Nullable Kind kind(QuestionKind kind) {
    return switch (kind) {
      case SINGLE -> Kind.SINGLE;
      case MULTIPLE -> Kind.MULTIPLE;
      case LIKERT -> Kind.LIKERT;
      case NUMBER -> Kind.NUMBER;
      default -> null;
    };
  }

  @Override
  @Transactional(readOnly = true)
  public Tally tally(MunicipalityId municipality, UUID roundId, List<Question> questions) {
    Map<Stratum, Long> respondents = new HashMap<>();
    repository.countRespondents(
        municipality,
        roundId,
        rs -> {
          respondents.put(stratum(rs), rs.getLong("n"));
        });
    Map<UUID, List<Tally.Answers>> answers = new HashMap<>();
    RowCallbackHandler group =
        rs -> {
          List<String> values = new ArrayList<>();
          java.sql.Array array = rs.getArray("vals");
          for (Object v : (Object[]) array.getArray()) {
            values.add((String) v);
          }
          values.sort(null);
          answers
              .computeIfAbsent(rs.getObject("question_id", UUID.class), q -> new ArrayList<>())
              .add(new Tally.Answers(stratum(rs), List.copyOf(values), rs.getLong("n")));
        };
    if (!respondents.isEmpty()) {
      repository.countAnswers(
          municipality, roundId, questions.stream().map(Question::id).toList(), group);
    }
    return new Tally(respondents, answers);
  }

  /** The background of a row of kept counts, where '' stands for one not given. */
  private static Stratum stratum(java.sql.ResultSet rs) throws java.sql.SQLException {
    String area = rs.getString("area_code");
    String age = rs.getString("age_band");
    String gender = rs.getString("gender");
    return new Stratum(
        area.isEmpty() ? null : area,
        age.isEmpty() ? null : AgeBand.valueOf(age),
        gender.isEmpty() ? null : Gender.valueOf(gender));
  }
}
