package se.trygghetsdialog.field;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Who may file, see and manage what in the field module: the only place these rules live.
 *
 * <p>Field reports: rapportörer file, the trygghetssamordnare sees all. The EST week: the
 * trygghetssamordnare works on the week (starts it, ticks the checklist, plans and follows up
 * actions, closes it) and writes and submits the weekly report; administrators may read the week.
 * Publishing needs editorial approval by a second person (ADR 0007): a moderator or an
 * administrator who did not submit the report approves it — only then is it public — or returns it
 * with a comment. Nobody approves their own report, not even an administrator who is also the
 * coordinator.
 */
public final class FieldPolicy {

  /** The longest free text of an event, a rumour or a clarification. */
  public static final int MAX_TEXT = 2000;

  /** The longest public summary of a rumour. */
  public static final int MAX_SUMMARY = 300;

  /** The most people one event may count. */
  public static final int MAX_PEOPLE = 500;

  /** The most events in one report. */
  public static final int MAX_EVENTS = 20;

  /** How far in the future a time may lie (clocks differ; a phone may be a little ahead). */
  public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);

  /** Times are entered in the municipality's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private FieldPolicy() {}

  /** Rapportörer file reports; a trygghetssamordnare may file one too. */
  public static boolean mayFile(StaffPrincipal staff) {
    return staff.has(Role.FIELD_REPORTER) || staff.has(Role.SAFETY_COORDINATOR);
  }

  /** The trygghetssamordnare sees every report of the municipality. */
  public static boolean seesAllReports(StaffPrincipal staff) {
    return staff.has(Role.SAFETY_COORDINATOR);
  }

  /** A report is seen by the rapportör who filed it and by the trygghetssamordnare. */
  public static boolean mayView(StaffPrincipal staff, FieldReport report) {
    if (!staff.municipalityId().equals(report.municipalityId())) {
      return false;
    }
    return seesAllReports(staff) || staff.accountId().equals(report.reporterAccountId());
  }

  /** Only the trygghetssamordnare keeps the rumour log and publishes clarifications. */
  public static boolean mayManageRumours(StaffPrincipal staff) {
    return staff.has(Role.SAFETY_COORDINATOR);
  }

  /** Whether {@code staff} belongs to {@code municipality}. */
  public static boolean sameMunicipality(StaffPrincipal staff, MunicipalityId municipality) {
    return staff.municipalityId().equals(municipality);
  }

  /** Coordinators and administrators read the EST week workspace. */
  public static boolean mayViewWeek(StaffPrincipal staff) {
    return staff.has(Role.SAFETY_COORDINATOR) || staff.has(Role.ADMINISTRATOR);
  }

  /** Only coordinators build the week and its weekly report. */
  public static boolean mayBuildWeek(StaffPrincipal staff) {
    return staff.has(Role.SAFETY_COORDINATOR);
  }

  /** Moderators and administrators see the weekly reports waiting for approval. */
  public static boolean mayReviewWeeklyReports(StaffPrincipal staff) {
    return staff.has(Role.MODERATOR) || staff.has(Role.ADMINISTRATOR);
  }

  /** A reviewer who did not submit this report, while it waits for approval. */
  public static boolean mayApproveWeeklyReport(StaffPrincipal staff, WeeklyReport report) {
    return mayReviewWeeklyReports(staff)
        && report.status() == WeeklyReportStatus.SUBMITTED
        && !Objects.equals(report.submittedBy(), staff.accountId());
  }

  /** Only a week that is still open changes. */
  public static void checkWeekOpen(EstWeek week) {
    if (!week.open()) {
      throw new EstRuleViolation("", "field.week.error.closed");
    }
  }
}
