package se.trygghetsdialog.survey;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Staff changed a survey: created it, changed or translated a question, opened a round, tied a
 * round to a dialogue, sent invitations or entered a paper answer. Ids only.
 *
 * @param action one of the action names below
 */
public record SurveyChanged(
    MunicipalityId municipalityId, UUID subjectId, UUID actorAccountId, String action)
    implements AuditableEvent {

  public static final String CREATED = "survey.created";
  public static final String QUESTION_CHANGED = "survey.question-changed";
  public static final String QUESTION_TRANSLATED = "survey.question-translated";
  public static final String ROUND_CREATED = "survey.round-created";
  public static final String ROUND_DIALOGUE_CHANGED = "survey.round-dialogue-changed";
  public static final String INVITATIONS_SENT = "survey.invitations-sent";
  public static final String PAPER_ANSWER = "survey.paper-answer-entered";
  public static final String LETTERS_EXPORTED = "survey.letters-exported";

  @Override
  public String auditAction() {
    return action;
  }

  @Override
  public String auditSubject() {
    return subjectId.toString();
  }
}
