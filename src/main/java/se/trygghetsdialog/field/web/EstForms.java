package se.trygghetsdialog.field.web;

import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.WeekNumber;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.NotFoundException;

/** Small helpers shared by the staff controllers of the EST week. */
final class EstForms {

  private EstForms() {}

  static StaffPrincipal viewer() {
    return StaffAccounts.signedIn(FieldPolicy::mayViewWeek, "may not view EST weeks");
  }

  static StaffPrincipal builder() {
    return StaffAccounts.signedIn(FieldPolicy::mayBuildWeek, "may not build EST weeks");
  }

  static StaffPrincipal reviewer() {
    return StaffAccounts.signedIn(
        FieldPolicy::mayReviewWeeklyReports, "may not review weekly reports");
  }

  static WeekNumber week(int year, int week) {
    return WeekNumber.parse(year, week).orElseThrow(() -> new NotFoundException("week"));
  }

  static String path(WeekNumber week) {
    return "/personal/est/" + week.year() + "/" + week.week();
  }
}
