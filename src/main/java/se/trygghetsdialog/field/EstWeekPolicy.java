package se.trygghetsdialog.field;

import java.util.Objects;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/**
 * ”May this person do this with an EST week or a weekly report?”
 *
 * <p>The trygghetssamordnare works on the week (starts it, ticks the checklist, plans and follows
 * up actions, closes it) and writes and submits the weekly report; administrators may read the
 * week. Publishing needs editorial approval by a second person (ADR 0007): a moderator or an
 * administrator who did not submit the report approves it — only then is it public — or returns it
 * with a comment. Nobody approves their own report, not even an administrator who is also the
 * coordinator.
 */
public final class EstWeekPolicy {

  private EstWeekPolicy() {}

  /** Coordinators and administrators read the week workspace. */
  public static boolean mayView(StaffPrincipal staff) {
    return staff.has(Role.SAFETY_COORDINATOR) || staff.has(Role.ADMINISTRATOR);
  }

  /** Only coordinators build the week and its weekly report. */
  public static boolean mayBuild(StaffPrincipal staff) {
    return staff.has(Role.SAFETY_COORDINATOR);
  }

  /** Moderators and administrators see the reports waiting for approval. */
  public static boolean mayReview(StaffPrincipal staff) {
    return staff.has(Role.MODERATOR) || staff.has(Role.ADMINISTRATOR);
  }

  /** A reviewer who did not submit this report, while it waits for approval. */
  public static boolean mayApprove(StaffPrincipal staff, WeeklyReport report) {
    return mayReview(staff)
        && report.status() == WeeklyReportStatus.SUBMITTED
        && !Objects.equals(report.submittedBy(), staff.accountId());
  }

  /** Only a week that is still open changes. */
  public static void checkOpen(EstWeek week) {
    if (!week.open()) {
      throw new EstRuleViolation("", "field.week.error.closed");
    }
  }
}
