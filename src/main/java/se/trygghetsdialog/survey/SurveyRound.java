package se.trygghetsdialog.survey;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One round of a survey, answered between its opening and closing dates (both included).
 *
 * @param openLink whether anyone with the link may answer; otherwise only with a personal code
 * @param dialogueId the dialogue whose perspectives the round's results count towards, if any
 */
public record SurveyRound(
    UUID id,
    UUID surveyId,
    String title,
    LocalDate opens,
    LocalDate closes,
    boolean openLink,
    @Nullable UUID dialogueId) {

  /** Whether the round has closed by {@code today}: its closing date has passed. */
  public boolean closedBy(LocalDate today) {
    return today.isAfter(closes);
  }

  /** Whether answers are taken on {@code day}. */
  public boolean openOn(LocalDate day) {
    return !day.isBefore(opens) && !day.isAfter(closes);
  }
}
