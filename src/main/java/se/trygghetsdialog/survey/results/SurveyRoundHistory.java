package se.trygghetsdialog.survey.results;

import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Optional, next to {@link SurveyResultsSource}: the rounds of a survey, oldest first. With a bean
 * of this kind the results page checks that a round belongs to the survey in its address and shows
 * the NTU-style indicator's trend across the survey's rounds; without one, neither.
 */
public interface SurveyRoundHistory {

  /** The ids of the survey's rounds, oldest first; empty for an unknown survey. */
  List<UUID> rounds(MunicipalityId municipality, UUID surveyId);
}
