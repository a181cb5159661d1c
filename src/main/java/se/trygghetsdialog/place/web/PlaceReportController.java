package se.trygghetsdialog.place.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Htmx;
import se.trygghetsdialog.shared.web.Ui;

/**
 * Reporting a place without logging in: the form (map, gazetteer search or coordinates) and its
 * submission.
 */
@Controller
class PlaceReportController {

  private final PlaceCategories categories;
  private final PlaceSettings settings;
  private final Gazetteer gazetteer;
  private final PlaceReports reports;
  private final ReportPlace reportPlace;
  private final FormTimer timer;
  private final AnonymousRateLimiter limiter;
  private final MessageSource messages;
  private final se.trygghetsdialog.place.PlaceCampaigns campaigns;
  private final PlaceReportPages pages;
  private final FormSubmissions forms;

  PlaceReportController(
      PlaceCategories categories,
      PlaceSettings settings,
      Gazetteer gazetteer,
      PlaceReports reports,
      ReportPlace reportPlace,
      FormTimer timer,
      AnonymousRateLimiter limiter,
      MessageSource messages,
      se.trygghetsdialog.place.PlaceCampaigns campaigns,
      PlaceReportPages pages,
      FormSubmissions forms) {
    this.forms = forms;
    this.categories = categories;
    this.settings = settings;
    this.gazetteer = gazetteer;
    this.reports = reports;
    this.reportPlace = reportPlace;
    this.timer = timer;
    this.limiter = limiter;
    this.messages = messages;
    this.campaigns = campaigns;
    this.pages = pages;
  }

  @GetMapping("/rapportera")
  String form(
      MunicipalityId municipality,
      @RequestParam(name = "plats", required = false) @Nullable String entryId,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    PlaceReportForm form = PlaceReportForm.blank();
    FormErrors errors = FormErrors.none();
    if (entryId != null && !entryId.isBlank()) {
      UUID id = FormText.uuid(entryId);
      var entry =
          id == null
              ? java.util.Optional.<GazetteerEntry>empty()
              : gazetteer.find(municipality, id);
      if (entry.isPresent()) {
        form =
            form.at(
                FormText.coordinate(entry.get().location().latitude()),
                FormText.coordinate(entry.get().location().longitude()),
                entry.get().name());
      } else {
        // An old or mistyped link: the form all the same, saying that the place must be chosen.
        errors =
            FormErrors.builder(messages, ui.locale())
                .add("latitude", "place.error.place.unknown")
                .build();
      }
    }
    return pages.render(municipality, form, errors, "", false, List.of(), null, model, ui);
  }

  @GetMapping("/rapportera/sok")
  String search(
      MunicipalityId municipality,
      @RequestParam(name = "q", defaultValue = "") String query,
      HttpServletRequest request,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    String q = query.strip();
    List<GazetteerEntry> results = gazetteer.search(municipality, q);
    String view =
        pages.render(
            municipality,
            PlaceReportForm.blank(),
            FormErrors.none(),
            q,
            true,
            results,
            null,
            model,
            ui);
    return Htmx.isHtmx(request) ? "place/searchResults" : view;
  }

  @PostMapping("/rapportera")
  @Nullable String submit(
      MunicipalityId municipality,
      @Valid @ModelAttribute("reportPlace") ReportPlace.Command command,
      BindingResult binding,
      @ModelAttribute("form") PlaceReportForm form,
      @RequestParam(name = "photo", required = false) @Nullable MultipartFile upload,
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
    if (!FormText.clean(form.website()).isEmpty()
        || !timer.acceptable(form.startedAt(), Instant.now())) {
      // A robot, or faster than a person can be: store nothing and ask to send again (the
      // other checks still run, so that a person sees everything to correct at once).
      binding.reject("place.error.tooFast");
    }
    return forms.submit(
        binding,
        response,
        ui.locale(),
        () -> {
          ReportPlace.Outcome outcome = reportPlace.report(municipality, command, ui.locale());
          if (outcome instanceof ReportPlace.Reported reported) {
            redirect.addFlashAttribute("privateToken", reported.receipt().privateToken());
            return "redirect:/rapportera/kvitto/" + reported.receipt().receiptToken();
          }
          ReportPlace.PossibleDuplicate duplicate = (ReportPlace.PossibleDuplicate) outcome;
          return pages.render(
              municipality,
              form,
              pages.photoAgain(FormErrors.none(), upload, ui),
              "",
              false,
              List.of(),
              new DuplicateView(
                  duplicate.existing().id().toString(),
                  duplicate.category().name(ui.locale()),
                  duplicate.existing().agreements(),
                  duplicate.existing().reportedAt()),
              model,
              ui);
        },
        errors -> {
          model.addAttribute("offerSendAnyway", PlaceReportPages.offersSendAnyway(binding));
          return pages.render(
              municipality,
              form,
              pages.photoAgain(errors, upload, ui),
              "",
              false,
              List.of(),
              null,
              model,
              ui);
        });
  }
}
