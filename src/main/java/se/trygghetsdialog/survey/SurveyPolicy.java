package se.trygghetsdialog.survey;

import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/** Who may do what with surveys: the only place these rules live. */
public final class SurveyPolicy {

  private SurveyPolicy() {}

  /**
   * Process leaders and administrators build surveys, open rounds, send invitations and enter paper
   * answers; the safety coordinator too.
   */
  public static boolean mayManage(StaffPrincipal staff) {
    return staff.has(Role.PROCESS_LEADER)
        || staff.has(Role.ADMINISTRATOR)
        || staff.has(Role.SAFETY_COORDINATOR);
  }
}
