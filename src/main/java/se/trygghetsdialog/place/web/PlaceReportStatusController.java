package se.trygghetsdialog.place.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.WhatBecameOf;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.moderation.ScreeningResult;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceReportLinks;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.Ui;

/** The resident's private status page of a report, and ending the mails about it. */
@Controller
class PlaceReportStatusController {

  private final PlaceReports reports;
  private final PlaceReportLinks links;
  private final Gazetteer gazetteer;
  private final WhatBecameOf whatBecameOf;
  private final se.trygghetsdialog.place.PlaceRouting routing;
  private final se.trygghetsdialog.moderation.PersonalDataScreener screener;
  private final ModerationQueue queue;
  private final PlaceReportPages pages;

  PlaceReportStatusController(
      PlaceReports reports,
      PlaceReportLinks links,
      Gazetteer gazetteer,
      WhatBecameOf whatBecameOf,
      se.trygghetsdialog.place.PlaceRouting routing,
      se.trygghetsdialog.moderation.PersonalDataScreener screener,
      ModerationQueue queue,
      PlaceReportPages pages) {
    this.reports = reports;
    this.links = links;
    this.gazetteer = gazetteer;
    this.whatBecameOf = whatBecameOf;
    this.routing = routing;
    this.screener = screener;
    this.queue = queue;
    this.pages = pages;
  }

  @GetMapping("/rapport/{token}")
  String status(
      MunicipalityId municipality,
      @PathVariable String token,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    PlaceReport report =
        links
            .reportOf(municipality, token)
            .flatMap(id -> reports.find(municipality, id))
            .orElseThrow(() -> new NotFoundException("report"));
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("view", pages.view(municipality, report, ui));
    // Private to the holder of the link: what the resident wrote, and where. A link may be passed
    // on, so what the screening takes for personal data is masked here too.
    ScreeningResult screened =
        queue
            .screeningOf(municipality, PlaceReport.CONTENT_TYPE, report.id().value())
            .orElseGet(() -> screener.screen(report.description()));
    model.addAttribute("yourText", screened.masked());
    model.addAttribute("yourTextMasked", screened.flagged());
    model.addAttribute(
        "placeName",
        gazetteer.nearest(municipality, report.location()).map(GazetteerEntry::name).orElse(""));
    InputRef input = new InputRef(InputRef.PLACE_REPORT, report.id().value());
    model.addAttribute("youSaid", whatBecameOf.forInput(municipality, input));
    model.addAttribute("reasonNotUsed", whatBecameOf.reasonNotUsed(municipality, input).orElse(""));
    model.addAttribute("stopPath", report.hasEmail() ? "/rapport/avsluta/" + token : "");
    model.addAttribute(
        "handling",
        routing.history(municipality, report.id()).stream()
            .map(
                c ->
                    new StatusChangeView(
                        routing.organisationName(municipality, c.organisationId()), c))
            .toList());
    return "place/status";
  }

  // ---- ending the mails ----------------------------------------------------------------------

  @GetMapping("/rapport/avsluta/{token}")
  String stopMailsPage(
      MunicipalityId municipality,
      @PathVariable String token,
      HttpServletResponse response,
      Model model) {
    links.reportOf(municipality, token).orElseThrow(() -> new NotFoundException("report"));
    response.setHeader("Cache-Control", "no-store");
    model.addAttribute("token", token);
    return "place/stopMails";
  }

  @PostMapping("/rapport/avsluta/{token}")
  String stopMails(
      MunicipalityId municipality,
      @PathVariable String token,
      HttpServletResponse response,
      Model model) {
    links.stopMails(municipality, token).orElseThrow(() -> new NotFoundException("report"));
    response.setHeader("Cache-Control", "no-store");
    return "place/mailsStopped";
  }
}
