package se.trygghetsdialog.site.web;

import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.site.AccessibilityStatements;
import se.trygghetsdialog.site.SitePolicy;

/**
 * The public home page and the staff start page, which reminds administrators when the
 * accessibility statement is unpublished or its review date has passed.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HomeController {

  private final AccessibilityStatements statements;
  private final SitePolicy policy;

  @GetMapping("/")
  String home() {
    return "site/home";
  }

  @GetMapping("/personal")
  String staffHome(MunicipalityId municipality, WebPage page) {
    boolean editor =
        StaffAccounts.current().filter(policy::mayEditAccessibilityStatement).isPresent();
    page.add(
        "statementReviewDue", editor && statements.reviewDue(municipality, LocalDate.now(Ui.ZONE)));
    return "site/staffHome";
  }
}
