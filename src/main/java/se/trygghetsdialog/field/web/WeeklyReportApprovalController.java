package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
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
import se.trygghetsdialog.field.EstRuleViolation;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.PublishWeeklyReport;
import se.trygghetsdialog.field.WeeklyReport;
import se.trygghetsdialog.field.WeeklyReports;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;

/** Editorial approval: moderators and administrators approve or return submitted weekly reports. */
@Controller
@RequestMapping("/personal/veckorapporter")
class WeeklyReportApprovalController {

  private final WeeklyReports reports;
  private final PublishWeeklyReport publish;
  private final MessageSource messages;

  WeeklyReportApprovalController(
      WeeklyReports reports, PublishWeeklyReport publish, MessageSource messages) {
    this.reports = reports;
    this.publish = publish;
    this.messages = messages;
  }

  @GetMapping
  String list(MunicipalityId municipality, Model model) {
    EstForms.reviewer();
    model.addAttribute("reports", reports.awaitingApproval(municipality));
    return "field/week/approvals";
  }

  private WeeklyReport report(MunicipalityId municipality, String id) {
    UUID uuid = FormText.uuid(id);
    if (uuid == null) {
      throw new NotFoundException("report");
    }
    return reports.find(municipality, uuid).orElseThrow(() -> new NotFoundException("report"));
  }

  @GetMapping("/{id}")
  String show(MunicipalityId municipality, @PathVariable("id") String id, Model model) {
    StaffPrincipal staff = EstForms.reviewer();
    return render(report(municipality, id), "", FormErrors.none(), model, staff);
  }

  private String render(
      WeeklyReport report, String comment, FormErrors errors, Model model, StaffPrincipal staff) {
    model.addAttribute("report", report);
    model.addAttribute("mayApprove", FieldPolicy.mayApproveWeeklyReport(staff, report));
    model.addAttribute("ownReport", staff.accountId().equals(report.submittedBy()));
    model.addAttribute("comment", comment);
    model.addAttribute("errors", errors);
    return "field/week/approve";
  }

  @PostMapping("/{id}/godkann")
  String approve(
      MunicipalityId municipality,
      @PathVariable("id") String id,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.reviewer();
    WeeklyReport report = report(municipality, id);
    try {
      publish.approve(report, staff);
      redirect.addFlashAttribute("notice", "field.weekly.notice.published");
      return "redirect:/personal/veckorapporter";
    } catch (EstRuleViolation v) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return render(
          report, "", FormErrors.builder(messages, ui.locale()).add(v).build(), model, staff);
    }
  }

  @PostMapping("/{id}/atersand")
  String giveBack(
      MunicipalityId municipality,
      @PathVariable("id") String id,
      @RequestParam(name = "comment", defaultValue = "") String comment,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.reviewer();
    WeeklyReport report = report(municipality, id);
    String text = FormText.clean(comment);
    try {
      publish.returnToCoordinator(report, text, staff);
      redirect.addFlashAttribute("notice", "field.weekly.notice.returned");
      return "redirect:/personal/veckorapporter";
    } catch (EstRuleViolation v) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return render(
          report, text, FormErrors.builder(messages, ui.locale()).add(v).build(), model, staff);
    }
  }
}
