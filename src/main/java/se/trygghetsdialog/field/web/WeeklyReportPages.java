package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.trygghetsdialog.field.DraftWeeklyReport;
import se.trygghetsdialog.field.EstWeek;
import se.trygghetsdialog.field.EstWeeks;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.WeeklyReport;
import se.trygghetsdialog.field.WeeklyReports;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;

/**
 * What the weekly report controllers share: finding a week's report, reading the edit form (its
 * place rows are numbered, {@code place-0}, {@code incidents-0}, …) and building the pages.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WeeklyReportPages {

  private final EstWeeks weeks;
  private final WeeklyReports reports;

  EstWeek week(MunicipalityId municipality, int year, int week) {
    return weeks
        .find(municipality, EstForms.week(year, week))
        .orElseThrow(() -> new NotFoundException("week"));
  }

  WeeklyReport report(EstWeek week) {
    return reports.ofWeek(week).orElseThrow(() -> new NotFoundException("report"));
  }

  WeeklyReport report(MunicipalityId municipality, String id) {
    UUID uuid = FormText.uuid(id);
    if (uuid == null) {
      throw new NotFoundException("report");
    }
    return reports.find(municipality, uuid).orElseThrow(() -> new NotFoundException("report"));
  }

  /** The edit form as typed; the rows beyond the last place that may be saved are dropped. */
  static DraftWeeklyReport.Input input(HttpServletRequest request) {
    int count = Math.min(DraftWeeklyReport.MAX_PLACES + 1, rows(request.getParameter("rows")));
    List<WeeklyReport.Place> places = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      places.add(
          new WeeklyReport.Place(
              FormText.clean(request.getParameter("place-" + i)),
              FormText.clean(request.getParameter("incidents-" + i)),
              FormText.clean(request.getParameter("actions-" + i))));
    }
    return new DraftWeeklyReport.Input(
        FormText.clean(request.getParameter("title")),
        FormText.clean(request.getParameter("appeal")),
        FormText.clean(request.getParameter("presence")),
        FormText.clean(request.getParameter("activities")),
        places);
  }

  private static int rows(String value) {
    try {
      return Math.max(0, Integer.parseInt(value == null ? "0" : value.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The report with what was typed in its form, for showing the form again. */
  static WeeklyReport typed(WeeklyReport report, DraftWeeklyReport.Input input) {
    List<WeeklyReport.Place> typed = new ArrayList<>(input.places());
    if (!typed.isEmpty() && blank(typed.get(typed.size() - 1))) {
      typed.remove(typed.size() - 1);
    }
    return new WeeklyReport(
        report.id(),
        report.municipalityId(),
        report.weekId(),
        report.week(),
        input.title(),
        input.appeal(),
        input.presence(),
        input.activities(),
        typed,
        report.status(),
        report.returnComment(),
        report.submittedBy(),
        report.submittedAt(),
        report.publishedAt(),
        report.updatedAt());
  }

  private static boolean blank(WeeklyReport.Place p) {
    return p.place().isEmpty() && p.incidents().isEmpty() && p.actions().isEmpty();
  }

  String render(
      WeeklyReport saved, WeeklyReport form, FormErrors errors, Model model, StaffPrincipal staff) {
    List<WeeklyReport.Place> rows = new ArrayList<>(form.places());
    rows.add(new WeeklyReport.Place("", "", ""));
    model.addAttribute("report", saved);
    model.addAttribute("form", form);
    model.addAttribute("rows", rows);
    model.addAttribute("editable", saved.editable() && FieldPolicy.mayBuildWeek(staff));
    model.addAttribute("errors", errors);
    model.addAttribute("path", EstForms.path(saved.week()));
    return "field/week/report";
  }

  String renderApproval(
      WeeklyReport report, String comment, FormErrors errors, Model model, StaffPrincipal staff) {
    model.addAttribute("report", report);
    model.addAttribute("mayApprove", FieldPolicy.mayApproveWeeklyReport(staff, report));
    model.addAttribute("ownReport", staff.accountId().equals(report.submittedBy()));
    model.addAttribute("comment", comment);
    model.addAttribute("errors", errors);
    return "field/week/approve";
  }
}
