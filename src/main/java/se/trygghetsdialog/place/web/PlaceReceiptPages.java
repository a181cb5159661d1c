package se.trygghetsdialog.place.web;

import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.BindParam;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.WhatBecameOf;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreeningResult;
import se.trygghetsdialog.place.MailReportLink;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceReportLinks;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.WebPage;

/** Builds the pages a resident reaches after reporting: the receipt and the private status page. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceReceiptPages {

  /** The receipt's form for mailing the private link, as typed. */
  record LinkForm(@BindParam("lank") @Nullable String link, @Nullable String email) {
    String linkText() {
      return FormText.clean(link);
    }

    String emailText() {
      return FormText.clean(email);
    }
  }

  private final PlaceReports reports;
  private final PlaceReportLinks links;
  private final MailReportLink mailLink;
  private final Gazetteer gazetteer;
  private final WhatBecameOf whatBecameOf;
  private final PlaceRouting routing;
  private final PersonalDataScreener screener;
  private final ModerationQueue queue;
  private final PlaceReportPages pages;

  /** The report of a receipt's token; 404 for an unknown one. */
  PlaceReport receipt(MunicipalityId municipality, String token) {
    UUID id = FormText.uuid(token);
    return (id == null ? Optional.<PlaceReport>empty() : reports.byReceiptToken(municipality, id))
        .orElseThrow(() -> new NotFoundException("receipt"));
  }

  /** The report of a receipt whose form names its own private link; 404 otherwise. */
  PlaceReport receipt(MunicipalityId municipality, String token, LinkForm form) {
    PlaceReport report = receipt(municipality, token);
    if (!links.reportOf(municipality, form.linkText()).map(report.id()::equals).orElse(false)) {
      throw new NotFoundException("receipt");
    }
    return report;
  }

  String receiptPage(
      MunicipalityId municipality,
      PlaceReport report,
      String receiptToken,
      String privateToken,
      FormErrors errors,
      String email,
      WebPage page) {
    page.add("view", pages.view(municipality, report, page.ui()));
    page.add("privatePath", privateToken.isBlank() ? "" : "/rapport/" + privateToken);
    page.add("privateUrl", privateToken.isBlank() ? "" : mailLink.url(privateToken));
    page.add("privateToken", privateToken);
    page.add("receiptToken", receiptToken);
    page.add("errors", errors);
    page.add("email", email);
    return "place/receipt";
  }

  /** The private status page of the report behind a link; 404 for an unknown link. */
  String statusPage(MunicipalityId municipality, String token, WebPage page) {
    PlaceReport report =
        links
            .reportOf(municipality, token)
            .flatMap(id -> reports.find(municipality, id))
            .orElseThrow(() -> new NotFoundException("report"));
    page.add("view", pages.view(municipality, report, page.ui()));
    // Private to the holder of the link: what the resident wrote, and where. A link may be passed
    // on, so what the screening takes for personal data is masked here too.
    ScreeningResult screened =
        queue
            .screeningOf(municipality, PlaceReport.CONTENT_TYPE, report.id().value())
            .orElseGet(() -> screener.screen(report.description()));
    page.add("yourText", screened.masked());
    page.add("yourTextMasked", screened.flagged());
    page.add(
        "placeName",
        gazetteer.nearest(municipality, report.location()).map(GazetteerEntry::name).orElse(""));
    InputRef input = new InputRef(InputRef.PLACE_REPORT, report.id().value());
    page.add("youSaid", whatBecameOf.forInput(municipality, input));
    page.add("reasonNotUsed", whatBecameOf.reasonNotUsed(municipality, input).orElse(""));
    page.add("stopPath", report.hasEmail() ? "/rapport/avsluta/" + token : "");
    page.add(
        "handling",
        routing.history(municipality, report.id()).stream()
            .map(
                c ->
                    new StatusChangeView(
                        routing.organisationName(municipality, c.organisationId()), c))
            .toList());
    return "place/status";
  }
}
