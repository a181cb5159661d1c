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
import se.trygghetsdialog.shared.web.Language;
import se.trygghetsdialog.survey.results.RoundResults.Row;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * A round's results: its answers counted by the {@link SurveyResultsSource} that knows the round,
 * the municipality's small-cell threshold (the participation setting, default 5), the newest
 * population statistics by area code for the weights, and the trend when a {@link
 * SurveyRoundHistory} knows the survey's rounds.
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
    return find(municipality, roundId, Language.SWEDISH);
  }

  /** The round in {@code language} where translated, and the source that knows it. */
  private Optional<Map.Entry<SurveyResultsSource, SurveyResultsSource.Round>> find(
      MunicipalityId municipality, UUID roundId, Language language) {
    for (SurveyResultsSource source : sources) {
      Optional<SurveyResultsSource.Round> round = source.round(municipality, roundId, language);
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

  /**
   * The round's results with its questions in {@code language} where translated, with the trend
   * over {@code surveyId}'s rounds when known.
   */
  @Transactional(readOnly = true)
  public Optional<RoundResults> of(
      MunicipalityId municipality,
      @org.jspecify.annotations.Nullable UUID surveyId,
      UUID roundId,
      Language language) {
    var found = find(municipality, roundId, language);
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
    Tally counted =
        found.get().getKey().tally(municipality, roundId, found.get().getValue().questions());
    RoundResults results =
        ResultsComputation.compute(
            found.get().getValue(),
            counted,
            threshold,
            figures,
            snapshot.map(Population.Snapshot::year).orElse(null),
            code -> names.getOrDefault(code, code));
    if (surveyId == null || histories.isEmpty()) {
      return Optional.of(results);
    }
    return Optional.of(
        results.withTrends(trends(municipality, surveyId, threshold, names, roundId, counted)));
  }

  /**
   * The round's NTU-style indicator in all and per area, suppressed as on the results page (the
   * item's counts are suppressed per question, so counting it alone gives the same figures). When
   * the round holds answers to more than one version of the item, the version with the most
   * answers; empty when the municipality has no such round.
   */
  @Transactional(readOnly = true)
  public Optional<RoundIndicator> indicator(MunicipalityId municipality, UUID roundId) {
    var found = find(municipality, roundId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SurveyResultsSource.Round round = found.get().getValue();
    int threshold = settings.smallCells(municipality).threshold();
    Tally tally = found.get().getKey().tally(municipality, roundId, ntuQuestions(round));
    Map<SurveyResultsSource.Question, Long> versions = ntuVersions(round, tally);
    Optional<SurveyResultsSource.Question> ntu =
        versions.entrySet().stream()
            .max(
                Map.Entry.<SurveyResultsSource.Question, Long>comparingByValue()
                    .thenComparing(e -> e.getKey().version()))
            .map(Map.Entry::getKey)
            .or(() -> round.questions().stream().filter(ResultsComputation::isNtu).findFirst());
    if (ntu.isEmpty()) {
      return Optional.of(
          new RoundIndicator(round, threshold, tally.total(), null, null, List.of(), 0));
    }
    Map<String, String> names = areaNames(municipality);
    RoundResults.QuestionResults results =
        ntuOnly(round, ntu.get(), tally, threshold, code -> names.getOrDefault(code, code));
    List<RoundIndicator.Area> shown = new ArrayList<>();
    int hidden = 0;
    Proportion total = null;
    for (RoundResults.Table table : results.breakdowns()) {
      total = table.total().indicator();
      if (table.dimension() != RoundResults.Dimension.AREA) {
        continue;
      }
      for (RoundResults.Row row : table.rows()) {
        if (row.label().key() != null || row.total().value() == 0) {
          continue; // the row of answers without an area, or an area without answers to the item
        }
        if (row.indicator() == null) {
          hidden++;
        } else {
          shown.add(new RoundIndicator.Area(row.label().text(), row.indicator()));
        }
      }
    }
    return Optional.of(
        new RoundIndicator(round, threshold, tally.total(), ntu.get(), total, shown, hidden));
  }

  private static List<SurveyResultsSource.Question> ntuQuestions(SurveyResultsSource.Round round) {
    return round.questions().stream().filter(ResultsComputation::isNtu).toList();
  }

  /** The versions of the NTU-style item the round holds, with how many responses answered each. */
  private static Map<SurveyResultsSource.Question, Long> ntuVersions(
      SurveyResultsSource.Round round, Tally tally) {
    Map<SurveyResultsSource.Question, Long> answered = new LinkedHashMap<>();
    for (SurveyResultsSource.Question q : round.questions()) {
      if (!ResultsComputation.isNtu(q)) {
        continue;
      }
      long n = tally.answered(q.id());
      if (n > 0) {
        answered.put(q, n);
      }
    }
    return answered;
  }

  /** The results of the round's one question {@code ntu}, unweighted. */
  private static RoundResults.QuestionResults ntuOnly(
      SurveyResultsSource.Round round,
      SurveyResultsSource.Question ntu,
      Tally tally,
      int threshold,
      java.util.function.Function<String, String> areaName) {
    return ResultsComputation.compute(
            new SurveyResultsSource.Round(
                round.id(), round.title(), round.opens(), round.closes(), List.of(ntu)),
            tally,
            threshold,
            Map.of(),
            null,
            areaName)
        .questions()
        .get(0);
  }

  /**
   * The NTU-style indicator of every round of the survey, one series per version of the item: a
   * round joins the series of each version answered in it (normally one), so answers to different
   * versions are never put in one series. Rounds without answers to the item are left out.
   */
  private List<RoundResults.TrendSeries> trends(
      MunicipalityId municipality,
      UUID surveyId,
      int threshold,
      Map<String, String> names,
      UUID shown,
      Tally shownTally) {
    List<UUID> rounds =
        histories.stream()
            .map(h -> h.rounds(municipality, surveyId))
            .filter(r -> !r.isEmpty())
            .findFirst()
            .orElse(List.of());
    Map<Integer, List<RoundResults.TrendPoint>> byVersion = new java.util.TreeMap<>();
    for (UUID id : rounds) {
      var found = find(municipality, id);
      if (found.isEmpty()) {
        continue;
      }
      SurveyResultsSource.Round round = found.get().getValue();
      if (round.questions().stream().noneMatch(ResultsComputation::isNtu)) {
        continue;
      }
      // The round on the page is counted already; every other round only for the item.
      Tally tally =
          id.equals(shown)
              ? shownTally
              : found.get().getKey().tally(municipality, id, ntuQuestions(round));
      for (SurveyResultsSource.Question ntu : ntuVersions(round, tally).keySet()) {
        Row total =
            ntuOnly(round, ntu, tally, threshold, code -> names.getOrDefault(code, code))
                .breakdowns()
                .get(0)
                .total();
        byVersion
            .computeIfAbsent(ntu.version(), v -> new ArrayList<>())
            .add(
                new RoundResults.TrendPoint(
                    round.id(), round.title(), round.closes(), total.indicator()));
      }
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
