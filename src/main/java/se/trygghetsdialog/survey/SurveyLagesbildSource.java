package se.trygghetsdialog.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.lagesbild.LagesbildFact;
import se.trygghetsdialog.lagesbild.LagesbildSource;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.survey.results.Proportion;
import se.trygghetsdialog.survey.results.RoundIndicator;

/**
 * Safety surveys for part 2 of the lägesbild (annan relevant information): per survey, the
 * NTU-style indicator of its newest round that closed by the end of the period (and before today),
 * for the whole municipality and per area, with its interval and number of valid answers. Every
 * figure is one the round's results page shows: an area whose indicator is suppressed there is left
 * out and counted in the note, and a round with too few answers gives a note without figures.
 */
@Component
@Order(50)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyLagesbildSource implements LagesbildSource {

  /** The key of a survey's fact is this prefix and the survey's id. */
  static final String KEY_PREFIX = "survey.ntu.";

  private final SurveyRepository repository;
  private final ClosedRoundIndicators indicators;
  private final MessageSource messages;

  @Override
  @Transactional(readOnly = true)
  public List<LagesbildFact> facts(
      MunicipalityId municipality, LocalDate from, LocalDate to, Locale locale) {
    LocalDate today = LocalDate.now(Ui.ZONE);
    IndicatorTexts texts = new IndicatorTexts(messages, locale);
    List<LagesbildFact> facts = new ArrayList<>();
    for (Survey survey : repository.surveys(municipality)) {
      newestMeasured(municipality, survey, to, today)
          .ifPresent(indicator -> facts.add(fact(survey, indicator, texts)));
    }
    return facts;
  }

  /** The indicator of the survey's newest round that closed by {@code to} and asked the item. */
  private Optional<RoundIndicator> newestMeasured(
      MunicipalityId municipality, Survey survey, LocalDate to, LocalDate today) {
    List<SurveyRound> closed =
        repository.rounds(municipality, survey.id()).stream()
            .filter(r -> r.closedBy(today) && !r.closes().isAfter(to))
            .sorted(Comparator.comparing(SurveyRound::closes).reversed())
            .toList();
    for (SurveyRound round : closed) {
      Optional<RoundIndicator> indicator =
          indicators.of(municipality, round.id()).filter(i -> i.question() != null);
      if (indicator.isPresent()) {
        return indicator;
      }
    }
    return Optional.empty();
  }

  private static LagesbildFact fact(Survey survey, RoundIndicator indicator, IndicatorTexts texts) {
    List<LagesbildFact.Row> rows = new ArrayList<>();
    Proportion total = indicator.total();
    if (total != null) {
      rows.add(row(texts, texts.t("survey.lagesbild.municipality"), total));
      for (RoundIndicator.Area area : indicator.areas()) {
        rows.add(row(texts, area.name(), area.indicator()));
      }
    }
    var round = indicator.round();
    String note =
        texts.t(
            "survey.lagesbild.note",
            round.opens().toString(),
            round.closes().toString(),
            indicator.threshold(),
            indicator.hiddenAreas());
    if (total == null) {
      note = texts.t("survey.lagesbild.tooFew", indicator.threshold()) + "\n" + note;
    }
    return new LagesbildFact(
        KEY_PREFIX + survey.id(),
        survey.title(),
        texts.t("survey.lagesbild.title", round.title()),
        rows,
        note);
  }

  private static LagesbildFact.Row row(IndicatorTexts texts, String name, Proportion p) {
    return new LagesbildFact.Row(
        texts.t("survey.lagesbild.row", name, texts.share(p), texts.interval(p)),
        Math.round(p.n()));
  }
}
