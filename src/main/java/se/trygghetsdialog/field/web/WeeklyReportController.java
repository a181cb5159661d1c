package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.field.DraftWeeklyReport;
import se.trygghetsdialog.field.EstWeek;
import se.trygghetsdialog.field.SubmitWeeklyReport;
import se.trygghetsdialog.field.WeeklyReport;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The coordinator edits and submits the weekly report of an EST week (the week's page creates it,
 * see {@link EstWeekController}).
 */
@Controller
@RequestMapping("/personal/est/{year}/{week}/veckorapport")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WeeklyReportController {

  private final WeeklyReportPages pages;
  private final DraftWeeklyReport draft;
  private final SubmitWeeklyReport submit;
  private final FormSubmissions forms;

  @GetMapping
  String show(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      WebPage page) {
    StaffPrincipal staff = EstForms.viewer();
    WeeklyReport report = pages.report(pages.week(municipality, year, week));
    return pages.render(report, report, FormErrors.none(), staff, page);
  }

  @PostMapping("/spara")
  String save(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      @RequestParam(name = "action", defaultValue = "save") String action,
      @Valid DraftWeeklyReport.Command command,
      BindingResult binding,
      HttpServletRequest request,
      WebPage page) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = pages.week(municipality, year, week);
    WeeklyReport report = pages.report(estWeek);
    return forms.submit(
        binding,
        () -> {
          draft.save(report, command);
          if ("submit".equals(action)) {
            submit.submit(pages.report(estWeek), staff);
          }
          return page.redirect(
              "submit".equals(action)
                  ? "field.weekly.notice.submitted"
                  : "field.weekly.notice.saved",
              EstForms.path(estWeek.week()) + "/veckorapport");
        },
        errors ->
            pages.render(
                report,
                WeeklyReportPages.typed(report, WeeklyReportPages.typed(request.getParameterMap())),
                WeeklyReportPages.errors(errors),
                staff,
                page));
  }
}
