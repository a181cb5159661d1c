package se.trygghetsdialog.place.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.place.AgeBand;
import se.trygghetsdialog.place.Gender;
import se.trygghetsdialog.place.Photo;
import se.trygghetsdialog.place.PhotoSanitizer;
import se.trygghetsdialog.place.PlacePolicy;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.place.PlaceRuleViolation;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.place.TimeOfDay;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
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
      PlaceReportPages pages) {
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
      @ModelAttribute("form") PlaceReportForm form,
      @RequestParam(name = "photo", required = false) @Nullable MultipartFile upload,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect)
      throws IOException {
    Instant now = Instant.now();
    if (!limiter.tryAcquire(request, PlaceReportPages.RATE_LIMITED_ACTION)) {
      response.sendError(429);
      return null;
    }
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    if (!FormText.clean(form.website()).isEmpty() || !timer.acceptable(form.startedAt(), now)) {
      // A robot, or faster than a person can be: store nothing and ask to send again (the
      // other checks still run, so that a person sees everything to correct at once).
      errors.add("", "place.error.tooFast");
    }
    Double lat = FormText.decimal(form.latitude());
    Double lon = FormText.decimal(form.longitude());
    if (FormText.clean(form.latitude()).isEmpty() || FormText.clean(form.longitude()).isEmpty()) {
      errors.add("latitude", "place.error.location.required");
    } else if (lat == null || lon == null) {
      errors.add("latitude", "place.error.location.invalid");
    }
    List<Coordinates> route = PlaceReportPages.route(form.route());
    if (route == null) {
      errors.add("route", "place.error.route.invalid");
    }
    UUID categoryId = FormText.uuid(form.categoryId());
    if (FormText.clean(form.categoryId()).isEmpty()) {
      errors.add("categoryId", "place.error.category.required");
    } else if (categoryId == null) {
      errors.add("categoryId", "place.error.category.unknown");
    }
    TimeOfDay timeOfDay = PlaceReportPages.parse(TimeOfDay.class, form.timeOfDay());
    if (timeOfDay == null) {
      errors.add("timeOfDay", "place.error.timeOfDay.required");
    }
    DayOfWeek weekday = PlaceReportPages.parse(DayOfWeek.class, form.weekday());
    if (!FormText.clean(form.weekday()).isEmpty() && weekday == null) {
      errors.add("weekday", "place.error.weekday.invalid");
    }
    String description = FormText.clean(form.description());
    boolean offerSendAnyway = false;
    try {
      PlacePolicy.checkDescription(description);
      if (!form.sendsAnyway() && reportPlace.seemsToHoldPersonalData(description)) {
        // Told without saying what was found: the screening's rules are not a guide to evade it.
        errors.add("description", "place.error.description.personalData");
        offerSendAnyway = true;
      }
    } catch (PlaceRuleViolation violation) {
      errors.add(violation);
    }
    AgeBand age = PlaceReportPages.parse(AgeBand.class, form.ageBand());
    if (!FormText.clean(form.ageBand()).isEmpty() && age == null) {
      errors.add("ageBand", "place.error.ageBand.invalid");
    }
    Gender gender = PlaceReportPages.parse(Gender.class, form.gender());
    if (!FormText.clean(form.gender()).isEmpty() && gender == null) {
      errors.add("gender", "place.error.gender.invalid");
    }
    String email = FormText.clean(form.email());
    if (!email.isEmpty() && !FormText.isEmail(email)) {
      errors.add("email", "place.error.email.invalid");
    } else if (!email.isEmpty() && !form.consent()) {
      errors.add("emailConsent", "place.error.email.consent");
    }
    Photo photo = null;
    if (upload != null && !upload.isEmpty()) {
      try {
        photo = PhotoSanitizer.sanitize(upload.getBytes(), upload.getContentType());
      } catch (PlaceRuleViolation violation) {
        errors.add(violation);
      }
    }
    if (!errors.any()) {
      Coordinates point = new Coordinates(lat, lon);
      try {
        PlaceCategory category =
            categories
                .reportable(municipality, categoryId)
                .orElseThrow(
                    () -> new PlaceRuleViolation("categoryId", "place.error.category.unknown"));
        PlacePolicy.checkWithin(settings.of(municipality), "latitude", point);
        if (!"yes".equals(form.allowDuplicate())) {
          var duplicate =
              reports.duplicateOf(municipality, category.id(), point, OffsetDateTime.now());
          if (duplicate.isPresent()) {
            PlaceReport existing = duplicate.get();
            return pages.render(
                municipality,
                form,
                photo == null
                    ? FormErrors.none()
                    : FormErrors.builder(messages, ui.locale())
                        .add("photo", "place.error.photo.again", PlaceReportPages.fileName(upload))
                        .build(),
                "",
                false,
                List.of(),
                new DuplicateView(
                    existing.id().toString(),
                    category.name(ui.locale()),
                    existing.agreements(),
                    existing.reportedAt()),
                model,
                ui);
          }
        }
        ReportPlace.Receipt receipt =
            reportPlace.report(
                municipality,
                new ReportPlace.Input(
                    category.id(),
                    point,
                    route,
                    timeOfDay,
                    weekday,
                    description,
                    photo,
                    age,
                    gender,
                    email.isEmpty() ? null : email,
                    ui.locale()));
        UUID campaignId = FormText.uuid(PlaceReportPages.campaignParam());
        if (campaignId != null) {
          campaigns.attach(municipality, receipt.id(), campaignId);
        }
        redirect.addFlashAttribute("privateToken", receipt.privateToken());
        return "redirect:/rapportera/kvitto/" + receipt.receiptToken();
      } catch (PlaceRuleViolation violation) {
        errors.add(violation);
      }
    }
    if (photo != null) {
      // A file input is always empty on a page sent again: say so, rather than lose it silently.
      errors.add("photo", "place.error.photo.again", PlaceReportPages.fileName(upload));
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("offerSendAnyway", offerSendAnyway);
    return pages.render(municipality, form, errors.build(), "", false, List.of(), null, model, ui);
  }
}
