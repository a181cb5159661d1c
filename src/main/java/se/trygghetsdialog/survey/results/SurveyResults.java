package se.trygghetsdialog.survey.results;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.participation.ParticipationSettings;
import se.trygghetsdialog.population.Population;
import se.trygghetsdialog.population.PopulationFigure;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * A round's results: its responses from the {@link SurveyResultsSource} that knows the round, the
 * municipality's small-cell threshold (the participation setting, default 5), the newest population
 * statistics by area code for the weights, and the trend when a {@link SurveyRoundHistory} knows
 * the survey's rounds.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SurveyResults {

  private final List<SurveyResultsSource> sources;
  private final List<SurveyRoundHistory> histories;
  private final Population population;
  private final Areas areas;
  private final ParticipationSettings settings;

  /** The round and the source that knows it. */
  private Optional<Map.Entry<SurveyResultsSource, SurveyResultsSource.Round>> find(
      MunicipalityId municipality, UUID roundId) {
    for (SurveyResultsSource source : sources) {
      Optional<SurveyResultsSource.Round> round = source.round(municipality, roundId);
      if (round.isPresent()) {
        return Optional.of(Map.entry(source, round.get()));
      }
    }
    return Optional.empty();
  }

  /** The round, if the municipality has it. */
  @Transactional(readOnly = true)
  public Optional<SurveyResultsSource.Round> round(MunicipalityId municipality, UUID roundId) {
    return find(municipality, roundId).map(Map.Entry::getValue);
  }

  /** Whether the round belongs to the survey; true when no {@link SurveyRoundHistory} can tell. */
  public boolean belongs(MunicipalityId municipality, UUID surveyId, UUID roundId) {
    return histories.isEmpty()
        || histories.stream().anyMatch(h -> h.rounds(municipality, surveyId).contains(roundId));
  }

  /** The round's results, with the trend over {@code surveyId}'s rounds when known. */
  @Transactional(readOnly = true)
  public Optional<RoundResults> of(
      MunicipalityId municipality, @org.jspecify.annotations.Nullable UUID surveyId, UUID roundId) {
    var found = find(municipality, roundId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    int threshold = settings.smallCells(municipality).threshold();
    Map<String, String> names = areaNames(municipality);
    Optional<Population.Snapshot> snapshot = population.latest(municipality);
    Map<String, Map<AgeBand, Map<Gender, Long>>> figures = new HashMap<>();
    snapshot.ifPresent(
        s -> {
          for (PopulationFigure f : s.areas()) {
            figures
                .computeIfAbsent(f.regionCode(), c -> new EnumMap<>(AgeBand.class))
                .computeIfAbsent(f.ageBand(), b -> new EnumMap<>(Gender.class))
                .merge(f.gender(), f.count(), Long::sum);
          }
        });
    RoundResults results =
        ResultsComputation.compute(
            found.get().getValue(),
            responses(found.get().getKey(), municipality, roundId),
            threshold,
            figures,
            snapshot.map(Population.Snapshot::year).orElse(null),
            code -> names.getOrDefault(code, code));
    if (surveyId == null || histories.isEmpty()) {
      return Optional.of(results);
    }
    return Optional.of(results.withTrends(trends(municipality, surveyId, threshold)));
  }

  private static List<SurveyResultsSource.Response> responses(
      SurveyResultsSource source, MunicipalityId municipality, UUID roundId) {
    List<SurveyResultsSource.Response> all = new ArrayList<>();
    source.responses(municipality, roundId, all::add);
    return all;
  }

  /** The NTU-style indicator of every round of the survey, one series per question version. */
  private List<RoundResults.TrendSeries> trends(
      MunicipalityId municipality, UUID surveyId, int threshold) {
    List<UUID> rounds =
        histories.stream()
            .map(h -> h.rounds(municipality, surveyId))
            .filter(r -> !r.isEmpty())
            .findFirst()
            .orElse(List.of());
    Map<Integer, List<RoundResults.TrendPoint>> byVersion = new LinkedHashMap<>();
    for (UUID id : rounds) {
      var found = find(municipality, id);
      if (found.isEmpty()) {
        continue;
      }
      SurveyResultsSource.Round round = found.get().getValue();
      Optional<SurveyResultsSource.Question> ntu =
          round.questions().stream().filter(ResultsComputation::isNtu).findFirst();
      if (ntu.isEmpty()) {
        continue;
      }
      RoundResults one =
          ResultsComputation.compute(
              new SurveyResultsSource.Round(
                  round.id(), round.title(), round.opens(), round.closes(), List.of(ntu.get())),
              responses(found.get().getKey(), municipality, id),
              threshold,
              Map.of(),
              null,
              code -> code);
      byVersion
          .computeIfAbsent(ntu.get().version(), v -> new ArrayList<>())
          .add(
              new RoundResults.TrendPoint(
                  round.id(),
                  round.title(),
                  round.closes(),
                  one.indicator().map(RoundResults.Indicator::unweighted).orElse(null)));
    }
    List<RoundResults.TrendSeries> series = new ArrayList<>();
    byVersion.forEach(
        (version, points) ->
            series.add(
                new RoundResults.TrendSeries(SurveyResultsSource.NTU_CODE, version, points)));
    return series;
  }

  private Map<String, String> areaNames(MunicipalityId municipality) {
    Map<UUID, String> codes = areas.codes(municipality);
    Map<String, String> names = new HashMap<>();
    for (Area area : areas.all(municipality)) {
      String code = codes.get(area.id());
      if (code != null) {
        names.put(code, area.name());
      }
    }
    return names;
  }
}
