package se.trygghetsdialog.place.web;

import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.place.PlaceReportLinks;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The resident's private status page of a report, and ending the mails about it. The private link
 * is the only key, so every page here is never cached.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceReportStatusController {

  private final PlaceReportLinks links;
  private final PlaceReceiptPages pages;

  @GetMapping("/rapport/{token}")
  String status(
      MunicipalityId municipality,
      @PathVariable String token,
      HttpServletResponse response,
      WebPage page) {
    String view = pages.statusPage(municipality, token, page);
    response.setHeader("Cache-Control", "no-store");
    return view;
  }

  @GetMapping("/rapport/avsluta/{token}")
  String stopMailsPage(
      MunicipalityId municipality,
      @PathVariable String token,
      HttpServletResponse response,
      WebPage page) {
    links.reportOf(municipality, token).orElseThrow(() -> new NotFoundException("report"));
    response.setHeader("Cache-Control", "no-store");
    page.add("token", token);
    return "place/stopMails";
  }

  /** The token in the path is the whole form: there is nothing else to bind or validate. */
  @PostMapping("/rapport/avsluta/{token}")
  String stopMails(
      MunicipalityId municipality, @PathVariable String token, HttpServletResponse response) {
    links.stopMails(municipality, token).orElseThrow(() -> new NotFoundException("report"));
    response.setHeader("Cache-Control", "no-store");
    return "place/mailsStopped";
  }
}
