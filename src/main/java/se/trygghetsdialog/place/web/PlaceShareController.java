package se.trygghetsdialog.place.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.place.PlaceReportId;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.place.PlaceSharing;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Sharing a place report in a worklist with another organisation ("Dela med organisation"), with a
 * reason, and ending a share. Only administrators and the organisations that have the report.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceShareController {

  static final String PATH = "/personal/arbetslista/{report}/dela";

  private final PlaceSharing sharing;
  private final PlaceRouting routing;
  private final PlaceWorklistPages worklist;
  private final Organisations organisations;
  private final FormSubmissions forms;

  private static String path(UUID report) {
    return "/personal/arbetslista/" + report + "/dela";
  }

  private String render(
      MunicipalityId municipality,
      UUID report,
      PlaceShareViews.ShareForm form,
      FormErrors errors,
      WebPage page) {
    var assignments = routing.ofReport(municipality, new PlaceReportId(report));
    if (assignments.isEmpty()) {
      throw new NotFoundException("assigned report");
    }
    Map<UUID, String> names = organisations.names(municipality);
    var assignedIds = assignments.stream().map(a -> a.organisationId()).toList();
    page.add(
        "page",
        new PlaceShareViews.SharePage(
            report,
            assignments.get(0).publicText(),
            assignedIds.stream().map(id -> names.getOrDefault(id, "")).toList(),
            sharing.shares(municipality, new PlaceReportId(report)).stream()
                .map(
                    s ->
                        new PlaceShareViews.ShareRow(
                            s.organisationId(), names.getOrDefault(s.organisationId(), ""), s))
                .toList(),
            organisations.all(municipality).stream()
                .filter(o -> !assignedIds.contains(o.id()))
                .map(
                    o ->
                        new Option(
                            o.id().toString(),
                            o.name(),
                            o.id().toString().equals(form.organisationId())))
                .toList(),
            form.reason(),
            errors));
    return "place/share";
  }

  private void requireMayShare(MunicipalityId municipality, UUID report) {
    PlaceWorklistPages.Worker worker = worklist.worker(municipality);
    if (!sharing.mayShare(
        municipality, worker.staff(), worker.organisationId(), new PlaceReportId(report))) {
      throw new org.springframework.security.access.AccessDeniedException("not your report");
    }
  }

  @GetMapping(PATH)
  String show(MunicipalityId municipality, @PathVariable UUID report, WebPage page) {
    requireMayShare(municipality, report);
    return render(
        municipality, report, new PlaceShareViews.ShareForm("", ""), FormErrors.none(), page);
  }

  @PostMapping(PATH)
  String share(
      MunicipalityId municipality,
      @PathVariable UUID report,
      @Valid @ModelAttribute("share") PlaceSharing.ShareWith command,
      BindingResult binding,
      @ModelAttribute("form") PlaceShareViews.ShareForm form,
      WebPage page) {
    PlaceWorklistPages.Worker worker = worklist.worker(municipality);
    requireMayShare(municipality, report);
    return forms.submit(
        binding,
        () -> {
          sharing.share(
              municipality,
              worker.staff(),
              worker.organisationId(),
              new PlaceReportId(report),
              command);
          return page.redirect("place.share.notice.shared", path(report));
        },
        errors -> render(municipality, report, form, errors, page));
  }

  @PostMapping(PATH + "/{organisation}/sluta")
  String unshare(
      MunicipalityId municipality,
      @PathVariable UUID report,
      @PathVariable UUID organisation,
      WebPage page) {
    PlaceWorklistPages.Worker worker = worklist.worker(municipality);
    requireMayShare(municipality, report);
    sharing.unshare(
        municipality,
        worker.staff(),
        worker.organisationId(),
        new PlaceReportId(report),
        organisation);
    return page.redirect("place.share.notice.unshared", path(report));
  }
}
