package se.trygghetsdialog.site.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.site.AccessibilityStatement;
import se.trygghetsdialog.site.AccessibilityStatements;
import se.trygghetsdialog.site.ReportAccessibilityProblem;
import se.trygghetsdialog.site.SitePolicy;

/**
 * The accessibility statement (tillgänglighetsredogörelse) with its form for reporting problems,
 * and the administrators' list of reports.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessibilityController {

  static final int PAGE_SIZE = 25;

  /** The report as typed. {@code website} is a honeypot: hidden from people, filled in by bots. */
  record ReportForm(
      @Nullable String pageUrl,
      @Nullable String description,
      @Nullable String replyEmail,
      @Nullable String website) {}

  private final ReportAccessibilityProblem reports;
  private final AccessibilityStatements statements;
  private final SitePolicy policy;
  private final FormSubmissions forms;

  @GetMapping("/tillganglighet")
  String statement(MunicipalityId municipality, WebPage page) {
    return view(municipality, new ReportForm("", "", "", ""), FormErrors.none(), page);
  }

  /** A bot that filled in the hidden field gets the same receipt, and nothing is stored. */
  @PostMapping("/tillganglighet")
  String report(
      MunicipalityId municipality,
      @Valid @ModelAttribute("reportProblem") ReportAccessibilityProblem.Command command,
      BindingResult binding,
      @ModelAttribute("form") ReportForm form,
      WebPage page) {
    if (!ReportAccessibilityProblem.clean(form.website()).isEmpty()) {
      return page.redirect("site.a11y.report.received", "/tillganglighet");
    }
    return forms.submit(
        binding,
        () -> {
          reports.report(municipality, command);
          return page.redirect("site.a11y.report.received", "/tillganglighet");
        },
        errors -> view(municipality, form, errors, page));
  }

  @GetMapping("/personal/admin/tillganglighet")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int sida,
      WebPage page) {
    requireHandler();
    Paging paging = new Paging(sida, PAGE_SIZE, reports.count(municipality));
    page.add("reports", reports.newestFirst(municipality, paging.size(), paging.offset()));
    page.add("paging", paging);
    return "site/accessibilityReports";
  }

  /** The report's id in the path is the whole form. */
  @PostMapping("/personal/admin/tillganglighet/{id}/hanterad")
  String markHandled(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    requireHandler();
    reports.markHandled(municipality, id);
    return page.redirect("site.a11y.reports.markedHandled", "/personal/admin/tillganglighet");
  }

  private void requireHandler() {
    StaffAccounts.signedIn(
        policy::mayHandleAccessibilityReports, "may not handle accessibility reports");
  }

  /**
   * The page with the municipality's newest statement, or, before it has published one, the
   * product's suggestion (which names what the product knows it lacks) marked as not yet reviewed.
   */
  private String view(
      MunicipalityId municipality, ReportForm form, FormErrors errors, WebPage page) {
    Optional<AccessibilityStatement> published = statements.current(municipality);
    page.add(
        "statement",
        published.orElseGet(
            () -> statements.suggestion(page.ui().locale(), LocalDate.now(Ui.ZONE))));
    page.add("suggested", published.isEmpty());
    page.add("pageUrl", ReportAccessibilityProblem.clean(form.pageUrl()));
    page.add("description", ReportAccessibilityProblem.clean(form.description()));
    page.add("replyEmail", ReportAccessibilityProblem.clean(form.replyEmail()));
    page.add("errors", errors);
    return "site/accessibility";
  }
}
