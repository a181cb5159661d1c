package se.trygghetsdialog.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.survey.results.RoundIndicator;

/**
 * A closed survey round's results are inputs a measure or a medborgarlöfte may rest on (type {@link
 * InputRef#SURVEY}, the id a round's). The label is the survey, the round and its NTU-style
 * indicator with the number of valid answers, as suppressed on the results page: a round with too
 * few answers is labelled without a figure. Rounds still open are not found, like their public
 * results.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyInputResolver implements InputResolver {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final SurveyRepository repository;
  private final ClosedRoundIndicators indicators;
  private final MessageSource messages;

  @Override
  public String type() {
    return InputRef.SURVEY;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> label(MunicipalityId municipality, UUID id) {
    LocalDate today = LocalDate.now(Ui.ZONE);
    return repository
        .round(municipality, id)
        .filter(round -> round.closedBy(today))
        .flatMap(
            round ->
                repository
                    .survey(municipality, round.surveyId())
                    .flatMap(
                        survey ->
                            indicators
                                .of(municipality, round.id())
                                .map(indicator -> label(survey, round, indicator))));
  }

  private String label(Survey survey, SurveyRound round, RoundIndicator indicator) {
    IndicatorTexts texts = new IndicatorTexts(messages, SWEDISH);
    if (indicator.total() != null) {
      return texts.t(
          "survey.evidence.label",
          survey.title(),
          round.title(),
          texts.share(indicator.total()),
          texts.n(indicator.total()));
    }
    if (indicator.question() != null) {
      return texts.t(
          "survey.evidence.labelTooFew", survey.title(), round.title(), indicator.threshold());
    }
    return texts.t("survey.evidence.labelPlain", survey.title(), round.title());
  }

  @Override
  @Transactional(readOnly = true)
  public List<UUID> newest(MunicipalityId municipality, int limit) {
    return repository.closedRounds(municipality, LocalDate.now(Ui.ZONE), limit).stream()
        .map(SurveyRound::id)
        .toList();
  }
}
