package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.field.DraftWeeklyReport;
import se.trygghetsdialog.field.EstRuleViolation;
import se.trygghetsdialog.field.EstWeek;
import se.trygghetsdialog.field.EstWeeks;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.SubmitWeeklyReport;
import se.trygghetsdialog.field.WeeklyReport;
import se.trygghetsdialog.field.WeeklyReports;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;

/**
 * The coordinator edits and submits the weekly report of an EST week (the week's page creates it,
 * see {@link EstWeekController}).
 */
@Controller
@RequestMapping("/personal/est/{year}/{week}/veckorapport")
class WeeklyReportController {

  private final EstWeeks weeks;
  private final WeeklyReports reports;
  private final DraftWeeklyReport draft;
  private final SubmitWeeklyReport submit;
  private final MessageSource messages;

  WeeklyReportController(
      EstWeeks weeks,
      WeeklyReports reports,
      DraftWeeklyReport draft,
      SubmitWeeklyReport submit,
      MessageSource messages) {
    this.weeks = weeks;
    this.reports = reports;
    this.draft = draft;
    this.submit = submit;
    this.messages = messages;
  }

  private EstWeek week(MunicipalityId municipality, int year, int week) {
    return weeks
        .find(municipality, EstForms.week(year, week))
        .orElseThrow(() -> new NotFoundException("week"));
  }

  private WeeklyReport report(EstWeek week) {
    return reports.ofWeek(week).orElseThrow(() -> new NotFoundException("report"));
  }

  @GetMapping
  String show(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = EstForms.viewer();
    WeeklyReport report = report(week(municipality, year, week));
    return render(report, report, FormErrors.none(), model, staff);
  }

  private String render(
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

  @PostMapping("/spara")
  String save(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      @RequestParam(name = "action", defaultValue = "save") String action,
      HttpServletRequest request,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = week(municipality, year, week);
    WeeklyReport report = report(estWeek);
    int count = Math.min(DraftWeeklyReport.MAX_PLACES + 1, rows(request.getParameter("rows")));
    List<WeeklyReport.Place> places = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      places.add(
          new WeeklyReport.Place(
              FormText.clean(request.getParameter("place-" + i)),
              FormText.clean(request.getParameter("incidents-" + i)),
              FormText.clean(request.getParameter("actions-" + i))));
    }
    DraftWeeklyReport.Input input =
        new DraftWeeklyReport.Input(
            FormText.clean(request.getParameter("title")),
            FormText.clean(request.getParameter("appeal")),
            FormText.clean(request.getParameter("presence")),
            FormText.clean(request.getParameter("activities")),
            places);
    try {
      draft.save(report, input);
      if ("submit".equals(action)) {
        submit.submit(report(estWeek), staff);
        redirect.addFlashAttribute("notice", "field.weekly.notice.submitted");
      } else {
        redirect.addFlashAttribute("notice", "field.weekly.notice.saved");
      }
      return "redirect:" + EstForms.path(estWeek.week()) + "/veckorapport";
    } catch (EstRuleViolation v) {
      FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
      v.problems().forEach(p -> errors.add(p.field(), p.messageKey()));
      List<WeeklyReport.Place> typed = new ArrayList<>(places);
      if (!typed.isEmpty() && blank(typed.get(typed.size() - 1))) {
        typed.remove(typed.size() - 1);
      }
      WeeklyReport form =
          new WeeklyReport(
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
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return render(report, form, errors.build(), model, staff);
    }
  }

  private static boolean blank(WeeklyReport.Place p) {
    return p.place().isEmpty() && p.incidents().isEmpty() && p.actions().isEmpty();
  }

  private static int rows(String value) {
    try {
      return Math.max(0, Integer.parseInt(value == null ? "0" : value.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
