package se.trygghetsdialog.survey.results.web;

import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** A staff member downloaded a survey round's results as CSV. */
record SurveyResultsExported(MunicipalityId municipalityId, UUID actorAccountId, UUID roundId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "survey.results-exported";
  }

  @Override
  public String auditSubject() {
    return roundId.toString();
  }
}
