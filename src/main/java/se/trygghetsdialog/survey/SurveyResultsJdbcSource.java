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
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.survey.results.SurveyResultsSource;
import se.trygghetsdialog.survey.results.SurveyRoundHistory;

/**
 * The results' view of a round over the survey tables: the closed questions of the round (each
 * version apart), the responses streamed with a fetch size, and the survey's rounds oldest first
 * for the trend.
 *
 * <p>Which versions a round asked: the versions answered in it; for a question none of whose
 * versions has answers in the round, the version asked now. While a round is open, the version
 * asked now is always included too (it is what residents are answering). So once a round has
 * closed, a version made after it never appears among its questions.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyResultsJdbcSource implements SurveyResultsSource, SurveyRoundHistory {

  private final SurveyRepository repository;

  @Override
  @Transactional(readOnly = true)
  public List<UUID> rounds(MunicipalityId municipality, UUID surveyId) {
    return repository.roundIdsOldestFirst(municipality, surveyId);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Round> round(MunicipalityId municipality, UUID roundId) {
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
              List<Question> questions = new ArrayList<>();
              for (se.trygghetsdialog.survey.Question q : all) {
                Kind kind = kind(q.kind());
                boolean askedInRound =
                    answered.contains(q.id())
                        || (q.asked() && (!closed || !answeredCodes.contains(q.code())));
                if (kind != null && askedInRound) {
                  questions.add(
                      new Question(
                          q.id(),
                          q.version(),
                          q.code(),
                          q.text(),
                          kind,
                          q.options().stream()
                              .map(o -> new Option(o.value(), o.label()))
                              .toList()));
                }
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
  public void responses(MunicipalityId municipality, UUID roundId, Consumer<Response> each) {
    Collector collector = new Collector(each);
    repository.streamAnswers(municipality, roundId, collector);
    collector.flush();
  }

  /** Gathers the rows of one response (they arrive together) and hands it on. */
  private static final class Collector implements RowCallbackHandler {

    private final Consumer<Response> each;
    private @Nullable UUID current;
    private @Nullable Response response;

    Collector(Consumer<Response> each) {
      this.each = each;
    }

    @Override
    public void processRow(java.sql.ResultSet rs) throws java.sql.SQLException {
      UUID id = rs.getObject("response_id", UUID.class);
      if (!id.equals(current)) {
        flush();
        current = id;
        String age = rs.getString("age_band");
        String gender = rs.getString("gender");
        response =
            new Response(
                rs.getString("area_code"),
                age == null ? null : AgeBand.valueOf(age),
                gender == null ? null : Gender.valueOf(gender),
                rs.getString("channel"),
                new HashMap<>());
      }
      UUID question = rs.getObject("question_id", UUID.class);
      if (question != null && response != null && !rs.getBoolean("flagged")) {
        Map<UUID, List<String>> answers = response.answers();
        answers.computeIfAbsent(question, k -> new ArrayList<>()).add(rs.getString("value"));
      }
    }

    void flush() {
      if (response != null) {
        each.accept(response);
        response = null;
      }
    }
  }
}
