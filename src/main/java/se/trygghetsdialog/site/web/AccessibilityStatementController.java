package se.trygghetsdialog.site.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.site.AccessibilityStatement;
import se.trygghetsdialog.site.AccessibilityStatement.Conformance;
import se.trygghetsdialog.site.AccessibilityStatements;
import se.trygghetsdialog.site.SitePolicy;

/**
 * The administrator's editor of the accessibility statement: the newest version (or the product's
 * suggestion, with what the product knows it lacks) to edit, published as a new version; the
 * earlier versions are listed.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccessibilityStatementController {

  static final String PATH = "/personal/admin/tillganglighetsredogorelse";

  /** The editor as typed. */
  record StatementForm(
      @Nullable String conformance,
      @Nullable String knownProblems,
      @Nullable String contact,
      @Nullable String reviewedOn) {}

  private final AccessibilityStatements statements;
  private final SitePolicy policy;
  private final FormSubmissions forms;

  @GetMapping(PATH)
  String edit(MunicipalityId municipality, WebPage page) {
    requireEditor();
    LocalDate today = LocalDate.now(Ui.ZONE);
    AccessibilityStatement s =
        statements
            .current(municipality)
            .orElseGet(() -> statements.suggestion(page.ui().locale(), today));
    StatementForm form =
        new StatementForm(s.conformance().name(), s.knownProblems(), s.contact(), today.toString());
    return view(municipality, form, FormErrors.none(), page);
  }

  @PostMapping(PATH)
  String publish(
      MunicipalityId municipality,
      @Valid @ModelAttribute("statement") AccessibilityStatements.Command command,
      BindingResult binding,
      @ModelAttribute("form") StatementForm form,
      WebPage page) {
    StaffPrincipal editor = requireEditor();
    return forms.submit(
        binding,
        () -> {
          statements.publish(municipality, command, editor.accountId());
          return page.redirect("site.statement.published", PATH);
        },
        errors -> view(municipality, form, errors, page));
  }

  private StaffPrincipal requireEditor() {
    return StaffAccounts.signedIn(policy::mayEditAccessibilityStatement, "may not edit statement");
  }

  private String view(
      MunicipalityId municipality, StatementForm form, FormErrors errors, WebPage page) {
    List<Option> conformance = new ArrayList<>();
    for (Conformance level : Conformance.values()) {
      conformance.add(
          new Option(
              level.name(),
              page.ui().e("site.statement.conformance", level),
              level.name().equals(form.conformance())));
    }
    List<AccessibilityStatement> versions = statements.versions(municipality);
    page.add("conformanceOptions", conformance);
    page.add("knownProblems", text(form.knownProblems()));
    page.add("contact", text(form.contact()));
    page.add("reviewedOn", text(form.reviewedOn()));
    page.add("versions", versions);
    page.add("reviewDue", statements.reviewDue(municipality, LocalDate.now(Ui.ZONE)));
    page.add("errors", errors);
    return "site/statementEdit";
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }
}
