package se.trygghetsdialog.survey.results;

import java.time.LocalDate;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/** Who may see a round's results, and when the public may. */
public final class SurveyResultsPolicy {

  private SurveyResultsPolicy() {}

  /** Process leaders and administrators read results and export them. */
  public static boolean mayView(StaffPrincipal staff) {
    return staff.has(Role.PROCESS_LEADER) || staff.has(Role.ADMINISTRATOR);
  }

  /** The public summary is shown once the round has closed (the day after its closing date). */
  public static boolean publiclyShown(SurveyResultsSource.Round round, LocalDate today) {
    return round.closes() != null && today.isAfter(round.closes());
  }
}
