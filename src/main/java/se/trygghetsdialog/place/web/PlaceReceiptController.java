package se.trygghetsdialog.place.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceReportLinks;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;

/** The receipt shown after a report, and mailing its private link to the resident. */
@Controller
class PlaceReceiptController {

  private final PlaceReports reports;
  private final PlaceReportLinks links;
  private final se.trygghetsdialog.place.MailReportLink mailLink;
  private final AnonymousRateLimiter limiter;
  private final MessageSource messages;
  private final PlaceReportPages pages;

  PlaceReceiptController(
      PlaceReports reports,
      PlaceReportLinks links,
      se.trygghetsdialog.place.MailReportLink mailLink,
      AnonymousRateLimiter limiter,
      MessageSource messages,
      PlaceReportPages pages) {
    this.reports = reports;
    this.links = links;
    this.mailLink = mailLink;
    this.limiter = limiter;
    this.messages = messages;
    this.pages = pages;
  }

  @GetMapping("/rapportera/kvitto/{token}")
  String receipt(
      MunicipalityId municipality,
      @PathVariable String token,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    UUID id = FormText.uuid(token);
    PlaceReport report =
        (id == null
                ? java.util.Optional.<PlaceReport>empty()
                : reports.byReceiptToken(municipality, id))
            .orElseThrow(() -> new NotFoundException("receipt"));
    // The private token comes only as a flash attribute from the submit: shown once, never stored.
    Object privateToken = model.getAttribute("privateToken");
    response.setHeader("Cache-Control", "no-store");
    return receiptPage(
        municipality,
        report,
        token,
        privateToken instanceof String t ? t : "",
        FormErrors.none(),
        "",
        model,
        ui);
  }

  private String receiptPage(
      MunicipalityId municipality,
      PlaceReport report,
      String receiptToken,
      String privateToken,
      FormErrors errors,
      String email,
      Model model,
      Ui ui) {
    model.addAttribute("view", pages.view(municipality, report, ui));
    model.addAttribute("privatePath", privateToken.isBlank() ? "" : "/rapport/" + privateToken);
    model.addAttribute("privateUrl", privateToken.isBlank() ? "" : mailLink.url(privateToken));
    model.addAttribute("privateToken", privateToken);
    model.addAttribute("receiptToken", receiptToken);
    model.addAttribute("errors", errors);
    model.addAttribute("email", email);
    return "place/receipt";
  }

  /**
   * Mails the private link shown on the receipt to an address the resident types there. The address
   * is not stored with the report; the link must be this report's own.
   */
  @PostMapping("/rapportera/kvitto/{token}/lanken")
  @Nullable String mailPrivateLink(
      MunicipalityId municipality,
      @PathVariable String token,
      @RequestParam(name = "lank", defaultValue = "") String privateToken,
      @RequestParam(name = "email", defaultValue = "") String email,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect)
      throws IOException {
    if (!limiter.tryAcquire(request, PlaceReportPages.RATE_LIMITED_ACTION)) {
      response.sendError(429);
      return null;
    }
    UUID id = FormText.uuid(token);
    PlaceReport report =
        (id == null
                ? java.util.Optional.<PlaceReport>empty()
                : reports.byReceiptToken(municipality, id))
            .orElseThrow(() -> new NotFoundException("receipt"));
    String link = FormText.clean(privateToken);
    if (!links.reportOf(municipality, link).map(report.id()::equals).orElse(false)) {
      throw new NotFoundException("receipt");
    }
    response.setHeader("Cache-Control", "no-store");
    String address = FormText.clean(email);
    if (address.isEmpty() || !FormText.isEmail(address)) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      FormErrors errors =
          FormErrors.builder(messages, ui.locale())
              .add("email", "place.error.linkEmail.invalid")
              .build();
      return receiptPage(municipality, report, token, link, errors, address, model, ui);
    }
    mailLink.mail(municipality, report.id(), link, address, ui.locale());
    redirect.addFlashAttribute("privateToken", link);
    redirect.addFlashAttribute("notice", "place.notice.linkMailed");
    return "redirect:/rapportera/kvitto/" + token;
  }
}
