package se.trygghetsdialog.field.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.field.WeeklyReports;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.Paging;

/** The public weekly reports: published (approved) reports only, plain HTML, no script needed. */
@Controller
class WeeklyReportPublicController {

  static final int PAGE_SIZE = 10;

  private final WeeklyReports reports;

  WeeklyReportPublicController(WeeklyReports reports) {
    this.reports = reports;
  }

  @GetMapping("/trygghet/veckorapporter")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model) {
    model.addAttribute(
        "page", reports.publishedPage(municipality, Paging.requested(page), PAGE_SIZE));
    return "field/week/publicList";
  }

  @GetMapping("/trygghet/veckorapporter/{year}/{week}")
  String show(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      Model model) {
    model.addAttribute(
        "report",
        reports
            .published(municipality, EstForms.week(year, week))
            .orElseThrow(() -> new NotFoundException("report")));
    return "field/week/publicReport";
  }
}
