package se.trygghetsdialog.field.web;

import java.util.HashMap;
import java.util.function.Predicate;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.WeekNumber;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
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

  /**
   * The signed-in staff member of {@code municipality} whom {@code may} allows.
   *
   * @throws org.springframework.security.access.AccessDeniedException with {@code refusal} else
   */
  static StaffPrincipal member(
      MunicipalityId municipality, Predicate<StaffPrincipal> may, String refusal) {
    return StaffAccounts.signedIn(
        s -> may.test(s) && FieldPolicy.sameMunicipality(s, municipality), refusal);
  }

  static WeekNumber week(int year, int week) {
    return WeekNumber.parse(year, week).orElseThrow(() -> new NotFoundException("week"));
  }

  /** The binding of a form without input, for a decision that only the action may refuse. */
  static BindingResult noInput() {
    return new MapBindingResult(new HashMap<>(), "form");
  }

  static String path(WeekNumber week) {
    return "/personal/est/" + week.year() + "/" + week.week();
  }
}
