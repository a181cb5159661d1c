package se.trygghetsdialog.place.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Htmx;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * Reporting a place without logging in: the form (map, gazetteer search or coordinates) and its
 * submission.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceReportController {

  private final ReportPlace reportPlace;
  private final FormTimer timer;
  private final AnonymousRateLimiter limiter;
  private final PlaceReportPages pages;
  private final FormSubmissions forms;

  @GetMapping("/rapportera")
  String form(
      MunicipalityId municipality,
      @RequestParam(name = "plats", required = false) @Nullable String entryId,
      WebPage page) {
    return pages.form(municipality, entryId, page);
  }

  @GetMapping("/rapportera/sok")
  String search(
      MunicipalityId municipality,
      @RequestParam(name = "q", defaultValue = "") String query,
      HttpServletRequest request,
      WebPage page) {
    String view = pages.search(municipality, query, page);
    return Htmx.isHtmx(request) ? "place/searchResults" : view;
  }

  @PostMapping("/rapportera")
  String submit(
      MunicipalityId municipality,
      @Valid @ModelAttribute("reportPlace") ReportPlace.Command command,
      BindingResult binding,
      @ModelAttribute("form") PlaceReportForm form,
      @RequestParam(name = "photo", required = false) @Nullable MultipartFile upload,
      HttpServletRequest request,
      WebPage page) {
    limiter.require(request, PlaceReportPages.RATE_LIMITED_ACTION);
    if (form.honeypotFilled() || !timer.acceptable(form.startedAt(), Instant.now())) {
      // A robot, or faster than a person can be: store nothing and ask to send again (the
      // other checks still run, so that a person sees everything to correct at once).
      binding.reject("place.error.tooFast");
    }
    return forms.submit(
        binding,
        () -> {
          ReportPlace.Outcome outcome =
              reportPlace.report(municipality, command, page.ui().locale());
          if (outcome instanceof ReportPlace.Reported reported) {
            page.redirectAttributes()
                .addFlashAttribute("privateToken", reported.receipt().privateToken());
            return "redirect:/rapportera/kvitto/" + reported.receipt().receiptToken();
          }
          ReportPlace.PossibleDuplicate duplicate = (ReportPlace.PossibleDuplicate) outcome;
          return pages.duplicate(municipality, form, duplicate, upload, page);
        },
        errors -> pages.again(municipality, form, errors, binding, upload, page));
  }
}
