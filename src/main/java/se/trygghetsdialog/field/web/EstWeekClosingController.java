package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.field.CloseEstWeek;
import se.trygghetsdialog.field.DraftWeeklyReport;
import se.trygghetsdialog.field.EstWeek;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Ui;

/** Closing an EST week and creating its weekly report. */
@Controller
@RequestMapping("/personal/est")
class EstWeekClosingController {

  private final CloseEstWeek closeWeek;
  private final DraftWeeklyReport draftReport;
  private final EstWeekPages pages;
  private final FormSubmissions forms;

  EstWeekClosingController(
      CloseEstWeek closeWeek,
      DraftWeeklyReport draftReport,
      EstWeekPages pages,
      FormSubmissions forms) {
    this.closeWeek = closeWeek;
    this.draftReport = draftReport;
    this.pages = pages;
    this.forms = forms;
  }

  @PostMapping("/{year}/{week}/avsluta")
  String close(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = pages.find(municipality, year, week);
    return forms.submit(
        EstForms.noInput(),
        response,
        ui.locale(),
        () -> {
          closeWeek.close(estWeek, staff);
          redirect.addFlashAttribute("notice", "field.week.notice.closed");
          return "redirect:" + EstForms.path(estWeek.week());
        },
        errors -> pages.render(estWeek, EstWeekPages.Forms.fresh(), errors, model, ui, staff));
  }

  /**
   * Creates the week's weekly report (pre-filled) and opens it; a closed week shows its page with
   * the refusal and a 400.
   */
  @PostMapping("/{year}/{week}/veckorapport")
  String createReport(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = pages.find(municipality, year, week);
    return forms.submit(
        EstForms.noInput(),
        response,
        ui.locale(),
        () -> {
          draftReport.create(estWeek, staff);
          redirect.addFlashAttribute("notice", "field.weekly.notice.created");
          return "redirect:" + EstForms.path(estWeek.week()) + "/veckorapport";
        },
        errors -> pages.render(estWeek, EstWeekPages.Forms.fresh(), errors, model, ui, staff));
  }
}
