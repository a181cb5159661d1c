package se.trygghetsdialog.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.participation.ParticipationSettings;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.survey.results.RoundIndicator;
import se.trygghetsdialog.survey.results.SurveyResults;

/**
 * The indicators of closed rounds for the evidence links, kept while the round's number of
 * responses and the municipality's threshold stay the same: the public dialogue page and the
 * measure's input picker ask for them on every view, and counting a large round means reading all
 * its answers.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ClosedRoundIndicators {

  /** How many rounds' indicators are kept. */
  static final int KEPT = 256;

  private record Kept(MunicipalityId municipality, int responses, RoundIndicator indicator) {}

  private final SurveyResults results;
  private final SurveyRepository repository;
  private final ParticipationSettings settings;

  private final Map<UUID, Kept> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Kept> eldest) {
          return size() > KEPT;
        }
      };

  /** The round's indicator, as {@link SurveyResults#indicator}. */
  Optional<RoundIndicator> of(MunicipalityId municipality, UUID round) {
    int responses = repository.responseCount(municipality, round);
    int threshold = settings.smallCells(municipality).threshold();
    synchronized (kept) {
      Kept k = kept.get(round);
      if (k != null
          && k.municipality().equals(municipality)
          && k.responses() == responses
          && k.indicator().threshold() == threshold) {
        return Optional.of(k.indicator());
      }
    }
    Optional<RoundIndicator> indicator = results.indicator(municipality, round);
    indicator.ifPresent(
        i -> {
          synchronized (kept) {
            kept.put(round, new Kept(municipality, responses, i));
          }
        });
    return indicator;
  }
}
