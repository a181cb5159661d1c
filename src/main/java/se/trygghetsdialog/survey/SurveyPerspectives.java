package se.trygghetsdialog.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.PerspectiveGroup;
import se.trygghetsdialog.dialogue.PerspectiveSource;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.survey.results.RoundIndicator;

/**
 * The closed survey rounds tied to a dialogue count as its perspectives, by reference: per round
 * the number of responses, the NTU-style indicator as an example and a link to the round's public
 * results. A round with fewer responses than the small-cell threshold is not shown, and the
 * indicator only where the results page shows it; no answer text ever leaves the survey.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyPerspectives implements PerspectiveSource {

  private final SurveyRepository repository;
  private final ClosedRoundIndicators indicators;
  private final MessageSource messages;

  @Override
  @Transactional(readOnly = true)
  public List<PerspectiveGroup> perspectivesFor(
      MunicipalityId municipality, DialogueId dialogue, Locale locale) {
    LocalDate today = LocalDate.now(Ui.ZONE);
    IndicatorTexts texts = new IndicatorTexts(messages, locale);
    List<PerspectiveGroup> groups = new ArrayList<>();
    for (SurveyRound round : repository.roundsOfDialogue(municipality, dialogue.value())) {
      if (!round.closedBy(today)) {
        continue;
      }
      Survey survey = repository.survey(municipality, round.surveyId()).orElse(null);
      RoundIndicator indicator = indicators.of(municipality, round.id()).orElse(null);
      if (survey == null || indicator == null || indicator.responses() < indicator.threshold()) {
        continue;
      }
      List<String> examples = new ArrayList<>();
      if (indicator.total() != null) {
        examples.add(
            texts.t(
                "survey.perspectives.indicator",
                texts.share(indicator.total()),
                texts.interval(indicator.total()),
                texts.n(indicator.total())));
      }
      groups.add(
          new PerspectiveGroup(
              texts.t("survey.perspectives.label", survey.title(), round.title()),
              Math.toIntExact(indicator.responses()),
              "/enkater/" + round.id() + "/resultat",
              examples));
    }
    return groups;
  }
}
