package se.trygghetsdialog.field.web;

import org.springframework.security.access.AccessDeniedException;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.WeekNumber;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.NotFoundException;

/** Small helpers shared by the staff controllers of the EST week. */
final class EstForms {

  private EstForms() {}

  static StaffPrincipal viewer() {
    StaffPrincipal staff = StaffAccounts.signedIn();
    if (!FieldPolicy.mayViewWeek(staff)) {
      throw new AccessDeniedException("may not view EST weeks");
    }
    return staff;
  }

  static StaffPrincipal builder() {
    StaffPrincipal staff = StaffAccounts.signedIn();
    if (!FieldPolicy.mayBuildWeek(staff)) {
      throw new AccessDeniedException("may not build EST weeks");
    }
    return staff;
  }

  static StaffPrincipal reviewer() {
    StaffPrincipal staff = StaffAccounts.signedIn();
    if (!FieldPolicy.mayReviewWeeklyReports(staff)) {
      throw new AccessDeniedException("may not review weekly reports");
    }
    return staff;
  }

  static WeekNumber week(int year, int week) {
    return WeekNumber.parse(year, week).orElseThrow(() -> new NotFoundException("week"));
  }

  static String path(WeekNumber week) {
    return "/personal/est/" + week.year() + "/" + week.week();
  }

  static int page(String value) {
    try {
      return Math.max(1, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
