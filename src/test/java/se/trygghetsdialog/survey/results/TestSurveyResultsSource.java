package se.trygghetsdialog.survey.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A results source for tests: the rounds and responses a test gives a municipality of its own, and
 * the rounds of a survey for the trend. Knows nothing else.
 */
@Component
public class TestSurveyResultsSource implements SurveyResultsSource, SurveyRoundHistory {

  private record Given(MunicipalityId municipality, Round round, List<Response> responses) {}

  private static final Map<UUID, Given> ROUNDS = new ConcurrentHashMap<>();
  private static final Map<UUID, List<UUID>> SURVEYS = new ConcurrentHashMap<>();

  /** Gives {@code municipality} the round with its responses, as a round of {@code survey}. */
  public static void give(
      MunicipalityId municipality, UUID survey, Round round, List<Response> responses) {
    ROUNDS.put(round.id(), new Given(municipality, round, List.copyOf(responses)));
    SURVEYS.merge(
        survey,
        List.of(round.id()),
        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
  }

  @Override
  public Optional<Round> round(MunicipalityId municipality, UUID roundId) {
    Given given = ROUNDS.get(roundId);
    return given != null && given.municipality().equals(municipality)
        ? Optional.of(given.round())
        : Optional.empty();
  }

  @Override
  public Tally tally(MunicipalityId municipality, UUID roundId, List<Question> questions) {
    return round(municipality, roundId)
        .map(
            r ->
                Tally.of(ROUNDS.get(roundId).responses())
                    .only(questions.stream().map(Question::id).toList()))
        .orElse(Tally.empty());
  }

  @Override
  public List<UUID> rounds(MunicipalityId municipality, UUID surveyId) {
    return SURVEYS.getOrDefault(surveyId, List.of()).stream()
        .filter(id -> round(municipality, id).isPresent())
        .toList();
  }
}
