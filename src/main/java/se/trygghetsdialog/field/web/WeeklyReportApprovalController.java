package se.trygghetsdialog.field.web;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.field.PublishWeeklyReport;
import se.trygghetsdialog.field.WeeklyReport;
import se.trygghetsdialog.field.WeeklyReports;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

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
  String list(MunicipalityId municipality, WebPage page) {
    EstForms.reviewer();
    page.add("reports", reports.awaitingApproval(municipality));
    return "field/week/approvals";
  }

  @GetMapping("/{id}")
  String show(MunicipalityId municipality, @PathVariable("id") String id, WebPage page) {
    StaffPrincipal staff = EstForms.reviewer();
    return pages.renderApproval(pages.report(municipality, id), "", FormErrors.none(), staff, page);
  }

  @PostMapping("/{id}/godkann")
  String approve(MunicipalityId municipality, @PathVariable("id") String id, WebPage page) {
    StaffPrincipal staff = EstForms.reviewer();
    WeeklyReport report = pages.report(municipality, id);
    return forms.submit(
        EstForms.noInput(),
        () -> {
          publish.approve(report, staff);
          return page.redirect("field.weekly.notice.published", "/personal/veckorapporter");
        },
        errors -> pages.renderApproval(report, "", errors, staff, page));
  }

  @PostMapping("/{id}/atersand")
  String giveBack(
      MunicipalityId municipality,
      @PathVariable("id") String id,
      @Valid @ModelAttribute("returnWeeklyReport") PublishWeeklyReport.Return command,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal staff = EstForms.reviewer();
    WeeklyReport report = pages.report(municipality, id);
    return forms.submit(
        binding,
        () -> {
          publish.returnToCoordinator(report, command.comment(), staff);
          return page.redirect("field.weekly.notice.returned", "/personal/veckorapporter");
        },
        errors -> pages.renderApproval(report, command.comment(), errors, staff, page));
  }
}
