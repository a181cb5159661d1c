package se.trygghetsdialog.site.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.site.ReportAccessibilityProblem;
import se.trygghetsdialog.site.SitePolicy;

/**
 * The accessibility statement (tillgänglighetsredogörelse) with its form for reporting problems,
 * and the administrators' list of reports.
 */
@Controller
class AccessibilityController {

  static final int PAGE_SIZE = 25;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

  /**
   * The report as entered. {@code website} is a honeypot: hidden from people, filled in by bots.
   */
  record ReportForm(
      @Nullable String pageUrl,
      @Nullable String description,
      @Nullable String replyEmail,
      @Nullable String website) {}

  private final ReportAccessibilityProblem reports;
  private final SitePolicy policy;
  private final MessageSource messages;

  AccessibilityController(
      ReportAccessibilityProblem reports, SitePolicy policy, MessageSource messages) {
    this.reports = reports;
    this.policy = policy;
    this.messages = messages;
  }

  @GetMapping("/tillganglighet")
  String statement(Model model) {
    return view("", "", "", FormErrors.none(), model);
  }

  @PostMapping("/tillganglighet")
  String report(
      MunicipalityId municipality,
      @ModelAttribute("form") ReportForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String pageUrl = clean(form.pageUrl());
    String description = clean(form.description());
    String replyEmail = clean(form.replyEmail());
    if (!clean(form.website()).isEmpty()) {
      // A bot filled in the hidden field: it gets the same receipt, and nothing is stored.
      redirect.addFlashAttribute("notice", "site.a11y.report.received");
      return "redirect:/tillganglighet";
    }
    if (pageUrl.length() > ReportAccessibilityProblem.MAX_PAGE_URL) {
      result.rejectValue("pageUrl", "site.a11y.report.error.pageTooLong");
    }
    if (description.isEmpty()) {
      result.rejectValue("description", "site.a11y.report.error.descriptionRequired");
    } else if (description.length() > ReportAccessibilityProblem.MAX_DESCRIPTION) {
      result.rejectValue("description", "site.a11y.report.error.descriptionTooLong");
    }
    if (replyEmail.length() > ReportAccessibilityProblem.MAX_EMAIL
        || (!replyEmail.isEmpty() && !EMAIL.matcher(replyEmail).matches())) {
      result.rejectValue("replyEmail", "site.a11y.report.error.emailInvalid");
    }
    if (result.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return view(pageUrl, description, replyEmail, FormErrors.of(result, messages, locale), model);
    }
    reports.report(
        municipality, new ReportAccessibilityProblem.Input(pageUrl, description, replyEmail));
    redirect.addFlashAttribute("notice", "site.a11y.report.received");
    return "redirect:/tillganglighet";
  }

  @GetMapping("/personal/admin/tillganglighet")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int page,
      Model model) {
    requireHandler();
    Paging paging = new Paging(page, PAGE_SIZE, reports.count(municipality));
    model.addAttribute(
        "reports", reports.newestFirst(municipality, paging.size(), paging.offset()));
    model.addAttribute("paging", paging);
    return "site/accessibilityReports";
  }

  @PostMapping("/personal/admin/tillganglighet/{id}/hanterad")
  String markHandled(
      MunicipalityId municipality, @PathVariable UUID id, RedirectAttributes redirect) {
    requireHandler();
    reports.markHandled(municipality, id);
    redirect.addFlashAttribute("notice", "site.a11y.reports.markedHandled");
    return "redirect:/personal/admin/tillganglighet";
  }

  private void requireHandler() {
    if (StaffAccounts.current().filter(policy::mayHandleAccessibilityReports).isEmpty()) {
      throw new AccessDeniedException("may not handle accessibility reports");
    }
  }

  private String view(
      String pageUrl, String description, String replyEmail, FormErrors errors, Model model) {
    model.addAttribute("pageUrl", pageUrl);
    model.addAttribute("description", description);
    model.addAttribute("replyEmail", replyEmail);
    model.addAttribute("errors", errors);
    return "site/accessibility";
  }

  /** Trims and drops control characters other than line breaks and tabs. */
  private static String clean(@Nullable String value) {
    return value == null ? "" : CONTROL.matcher(value.replace("\r\n", "\n")).replaceAll("").strip();
  }
}
