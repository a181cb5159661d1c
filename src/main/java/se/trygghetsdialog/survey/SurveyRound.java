package se.trygghetsdialog.survey;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One round of a survey, answered between its opening and closing dates (both included).
 *
 * @param openLink whether anyone with the link may answer; otherwise only with a personal code
 */
public record SurveyRound(
    UUID id, UUID surveyId, String title, LocalDate opens, LocalDate closes, boolean openLink) {

  /** Whether answers are taken on {@code day}. */
  public boolean openOn(LocalDate day) {
    return !day.isBefore(opens) && !day.isAfter(closes);
  }
}
