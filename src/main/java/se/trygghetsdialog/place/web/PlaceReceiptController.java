package se.trygghetsdialog.place.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.place.MailReportLink;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** The receipt shown after a report, and mailing its private link to the resident. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceReceiptController {

  private final MailReportLink mailLink;
  private final AnonymousRateLimiter limiter;
  private final PlaceReceiptPages pages;
  private final FormSubmissions forms;

  /** The private token comes only as a flash attribute from the submit: shown once, not stored. */
  @GetMapping("/rapportera/kvitto/{token}")
  String receipt(
      MunicipalityId municipality,
      @PathVariable String token,
      HttpServletResponse response,
      WebPage page) {
    PlaceReport report = pages.receipt(municipality, token);
    Object privateToken = page.model().getAttribute("privateToken");
    response.setHeader("Cache-Control", "no-store");
    String link = privateToken instanceof String t ? t : "";
    return pages.receiptPage(municipality, report, token, link, FormErrors.none(), "", page);
  }

  /**
   * Mails the private link shown on the receipt to an address the resident types there. The address
   * is not stored with the report; the link must be this report's own.
   */
  @PostMapping("/rapportera/kvitto/{token}/lanken")
  String mailPrivateLink(
      MunicipalityId municipality,
      @PathVariable String token,
      @Valid @ModelAttribute("mailLink") MailReportLink.Command command,
      BindingResult binding,
      @ModelAttribute("form") PlaceReceiptPages.LinkForm form,
      HttpServletRequest request,
      HttpServletResponse response,
      WebPage page) {
    limiter.require(request, PlaceReportPages.RATE_LIMITED_ACTION);
    PlaceReport report = pages.receipt(municipality, token, form);
    String link = form.linkText();
    response.setHeader("Cache-Control", "no-store");
    return forms.submit(
        binding,
        () -> {
          mailLink.mail(
              municipality, report.id(), link, command.email().strip(), page.ui().locale());
          page.redirectAttributes().addFlashAttribute("privateToken", link);
          return page.redirect("place.notice.linkMailed", "/rapportera/kvitto/" + token);
        },
        errors ->
            pages.receiptPage(municipality, report, token, link, errors, form.emailText(), page));
  }
}
