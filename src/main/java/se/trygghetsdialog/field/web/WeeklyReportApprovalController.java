package se.trygghetsdialog.field.web;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.field.PublishWeeklyReport;
import se.trygghetsdialog.field.WeeklyReport;
import se.trygghetsdialog.field.WeeklyReports;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;

/** Editorial approval: moderators and administrators approve or return submitted weekly reports. */
@Controller
@RequestMapping("/personal/veckorapporter")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WeeklyReportApprovalController {

  private final WeeklyReports reports;
  private final PublishWeeklyReport publish;
  private final WeeklyReportPages pages;
  private final FormSubmissions forms;

  @GetMapping
  String list(MunicipalityId municipality, Model model) {
    EstForms.reviewer();
    model.addAttribute("reports", reports.awaitingApproval(municipality));
    return "field/week/approvals";
  }

  @GetMapping("/{id}")
  String show(MunicipalityId municipality, @PathVariable("id") String id, Model model) {
    StaffPrincipal staff = EstForms.reviewer();
    return pages.renderApproval(
        pages.report(municipality, id), "", FormErrors.none(), model, staff);
  }

  @PostMapping("/{id}/godkann")
  String approve(
      MunicipalityId municipality,
      @PathVariable("id") String id,
      Model model,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.reviewer();
    WeeklyReport report = pages.report(municipality, id);
    return forms.submit(
        EstForms.noInput(),
        () -> {
          publish.approve(report, staff);
          redirect.addFlashAttribute("notice", "field.weekly.notice.published");
          return "redirect:/personal/veckorapporter";
        },
        errors -> pages.renderApproval(report, "", errors, model, staff));
  }

  @PostMapping("/{id}/atersand")
  String giveBack(
      MunicipalityId municipality,
      @PathVariable("id") String id,
      @Valid @ModelAttribute("returnWeeklyReport") PublishWeeklyReport.Return command,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.reviewer();
    WeeklyReport report = pages.report(municipality, id);
    return forms.submit(
        binding,
        () -> {
          publish.returnToCoordinator(report, command.comment(), staff);
          redirect.addFlashAttribute("notice", "field.weekly.notice.returned");
          return "redirect:/personal/veckorapporter";
        },
        errors -> pages.renderApproval(report, command.comment(), errors, model, staff));
  }
}
