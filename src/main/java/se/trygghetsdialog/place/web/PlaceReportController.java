package se.trygghetsdialog.place.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.WhatBecameOf;
import se.trygghetsdialog.place.AgeBand;
import se.trygghetsdialog.place.AgreeWithReport;
import se.trygghetsdialog.place.Coordinates;
import se.trygghetsdialog.place.Gazetteer;
import se.trygghetsdialog.place.GazetteerEntry;
import se.trygghetsdialog.place.Gender;
import se.trygghetsdialog.place.Photo;
import se.trygghetsdialog.place.PhotoSanitizer;
import se.trygghetsdialog.place.PlaceCategories;
import se.trygghetsdialog.place.PlaceCategory;
import se.trygghetsdialog.place.PlacePolicy;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceReportId;
import se.trygghetsdialog.place.PlaceReportLinks;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.place.PlaceRuleViolation;
import se.trygghetsdialog.place.PlaceSettings;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.place.TimeOfDay;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Htmx;
import se.trygghetsdialog.shared.web.MapJson;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/**
 * Reporting a place without logging in: the form (map, gazetteer search or coordinates), the
 * receipt and the resident's private status page.
 */
@Controller
class PlaceReportController {

  private final PlaceCategories categories;
  private final PlaceSettings settings;
  private final Gazetteer gazetteer;
  private final PlaceReports reports;
  private final ReportPlace reportPlace;
  private final AgreeWithReport agreeWithReport;
  private final FormTimer timer;

  /** Reports and agreements share one limit, {@code app.rate-limit.place-report.*}. */
  static final String RATE_LIMITED_ACTION = "place-report";

  private final AnonymousRateLimiter limiter;
  private final MessageSource messages;
  private final PlaceReportLinks links;
  private final WhatBecameOf whatBecameOf;
  private final se.trygghetsdialog.place.PlaceRouting routing;
  private final se.trygghetsdialog.place.PlaceCampaigns campaigns;
  private final se.trygghetsdialog.place.MailReportLink mailLink;
  private final se.trygghetsdialog.moderation.PersonalDataScreener screener;

  PlaceReportController(
      PlaceCategories categories,
      PlaceSettings settings,
      Gazetteer gazetteer,
      PlaceReports reports,
      ReportPlace reportPlace,
      AgreeWithReport agreeWithReport,
      FormTimer timer,
      AnonymousRateLimiter limiter,
      MessageSource messages,
      PlaceReportLinks links,
      WhatBecameOf whatBecameOf,
      se.trygghetsdialog.place.PlaceRouting routing,
      se.trygghetsdialog.place.PlaceCampaigns campaigns,
      se.trygghetsdialog.place.MailReportLink mailLink,
      se.trygghetsdialog.moderation.PersonalDataScreener screener) {
    this.mailLink = mailLink;
    this.screener = screener;
    this.routing = routing;
    this.campaigns = campaigns;
    this.links = links;
    this.whatBecameOf = whatBecameOf;
    this.categories = categories;
    this.settings = settings;
    this.gazetteer = gazetteer;
    this.reports = reports;
    this.reportPlace = reportPlace;
    this.agreeWithReport = agreeWithReport;
    this.timer = timer;
    this.limiter = limiter;
    this.messages = messages;
  }

  // ---- form ----------------------------------------------------------------------------------

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
    return render(municipality, form, errors, "", false, List.of(), null, model, ui);
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
        render(
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

  private static @Nullable String campaignParam() {
    if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
        instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
      return attributes.getRequest().getParameter("kampanj");
    }
    return null;
  }

  /** The campaign the resident was invited by, if any: its topic while open, else a message. */
  private CampaignNotice campaignNotice(MunicipalityId municipality) {
    String param = campaignParam();
    if (param == null || param.isBlank()) {
      return CampaignNotice.NONE;
    }
    UUID id = FormText.uuid(param);
    return (id == null
            ? java.util.Optional.<se.trygghetsdialog.place.Campaign>empty()
            : campaigns.open(municipality, id))
        .map(c -> new CampaignNotice(c.id().toString(), c.topic(), ""))
        .orElse(new CampaignNotice("", "", "place.campaign.notOpen"));
  }

  private String render(
      MunicipalityId municipality,
      PlaceReportForm form,
      FormErrors errors,
      String query,
      boolean searched,
      List<GazetteerEntry> results,
      @Nullable DuplicateView duplicate,
      Model model,
      Ui ui) {
    Locale locale = ui.locale();
    // A form shown again keeps the time it was first shown (reissue), so that ticking Skicka
    // ändå or correcting a field and sending again is not taken for a robot's speed.
    PlaceReportForm stamped = form.withStartedAt(timer.reissue(form.startedAt(), Instant.now()));
    List<CategoryGroupView> groups = new ArrayList<>();
    for (PlaceCategories.Group group : categories.groups(municipality)) {
      String value = group.category().id().toString();
      groups.add(
          new CategoryGroupView(
              value,
              group.category().name(locale),
              value.equals(form.categoryId()),
              group.children().stream()
                  .map(
                      c ->
                          new Option(
                              c.id().toString(),
                              c.name(locale),
                              c.id().toString().equals(form.categoryId())))
                  .toList()));
    }
    String action = "/rapportera";
    model.addAttribute(
        "page",
        new ReportFormPage(
            stamped,
            errors,
            action,
            groups,
            options(TimeOfDay.values(), "place.timeOfDay", form.timeOfDay(), ui),
            options(DayOfWeek.values(), "place.weekday", form.weekday(), ui),
            options(AgeBand.values(), "place.ageBand", form.ageBand(), ui),
            options(Gender.values(), "place.gender", form.gender(), ui),
            settings.of(municipality),
            MapJson.namedPoints(
                gazetteer.localities(municipality),
                GazetteerEntry::name,
                l -> l.location().latitude(),
                l -> l.location().longitude()),
            query,
            searched,
            results,
            duplicate));
    model.addAttribute("campaign", campaignNotice(municipality));
    return "place/report";
  }

  private static List<Option> options(
      Enum<?>[] values, String prefix, @Nullable String selected, Ui ui) {
    return Arrays.stream(values)
        .map(v -> new Option(v.name(), ui.e(prefix, v), v.name().equals(selected)))
        .toList();
  }

  // ---- submit --------------------------------------------------------------------------------

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
    if (!limiter.tryAcquire(request, RATE_LIMITED_ACTION)) {
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
    List<Coordinates> route = route(form.route());
    if (route == null) {
      errors.add("route", "place.error.route.invalid");
    }
    UUID categoryId = FormText.uuid(form.categoryId());
    if (FormText.clean(form.categoryId()).isEmpty()) {
      errors.add("categoryId", "place.error.category.required");
    } else if (categoryId == null) {
      errors.add("categoryId", "place.error.category.unknown");
    }
    TimeOfDay timeOfDay = parse(TimeOfDay.class, form.timeOfDay());
    if (timeOfDay == null) {
      errors.add("timeOfDay", "place.error.timeOfDay.required");
    }
    DayOfWeek weekday = parse(DayOfWeek.class, form.weekday());
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
    AgeBand age = parse(AgeBand.class, form.ageBand());
    if (!FormText.clean(form.ageBand()).isEmpty() && age == null) {
      errors.add("ageBand", "place.error.ageBand.invalid");
    }
    Gender gender = parse(Gender.class, form.gender());
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
            return render(
                municipality,
                form,
                photo == null
                    ? FormErrors.none()
                    : FormErrors.builder(messages, ui.locale())
                        .add("photo", "place.error.photo.again", fileName(upload))
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
        UUID campaignId = FormText.uuid(campaignParam());
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
      errors.add("photo", "place.error.photo.again", fileName(upload));
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("offerSendAnyway", offerSendAnyway);
    return render(municipality, form, errors.build(), "", false, List.of(), null, model, ui);
  }

  /** The chosen file's own name, without any folder, shortened; for telling which file it was. */
  static String fileName(@Nullable MultipartFile upload) {
    String name = upload == null ? null : upload.getOriginalFilename();
    String cleaned = FormText.clean(name == null ? "" : name.replaceAll(".*[/\\\\]", ""));
    return cleaned.length() > 60 ? cleaned.substring(0, 60) + "…" : cleaned;
  }

  /** Parses {@code lat,lon;lat,lon}; empty is no route, null means malformed. */
  static @Nullable List<Coordinates> route(@Nullable String value) {
    String cleaned = FormText.clean(value);
    if (cleaned.isEmpty()) {
      return List.of();
    }
    if (cleaned.length() > 2000) {
      return null;
    }
    List<Coordinates> points = new ArrayList<>();
    for (String pair : cleaned.split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.strip().split("[,\\s]+");
      if (parts.length != 2) {
        return null;
      }
      Double lat = FormText.decimal(parts[0]);
      Double lon = FormText.decimal(parts[1]);
      if (lat == null || lon == null) {
        return null;
      }
      points.add(new Coordinates(lat, lon));
    }
    return points.size() == 1 ? null : points;
  }

  private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    return se.trygghetsdialog.shared.web.FormText.enumValue(type, value);
  }

  // ---- duplicates ----------------------------------------------------------------------------

  @PostMapping("/rapportera/hall-med")
  @Nullable String agree(
      MunicipalityId municipality,
      @RequestParam(name = "reportId", defaultValue = "") String reportId,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    if (!limiter.tryAcquire(request, RATE_LIMITED_ACTION)) {
      response.sendError(429);
      return null;
    }
    UUID id = FormText.uuid(reportId);
    if (id == null) {
      throw new NotFoundException("report");
    }
    // One agreement per client and report and day; a repeated one is thanked but not counted.
    if (limiter.firstToday(request, "place-agree/" + id)) {
      try {
        agreeWithReport.agree(municipality, new PlaceReportId(id));
      } catch (PlaceRuleViolation violation) {
        throw new NotFoundException("report");
      }
    }
    redirect.addFlashAttribute("notice", "place.notice.agreed");
    return "redirect:/rapportera";
  }

  // ---- receipt and status --------------------------------------------------------------------

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
    model.addAttribute("view", view(municipality, report, ui));
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
    if (!limiter.tryAcquire(request, RATE_LIMITED_ACTION)) {
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

  private ReportStatusView view(MunicipalityId municipality, PlaceReport report, Ui ui) {
    String category =
        categories.find(municipality, report.categoryId()).map(c -> c.name(ui.locale())).orElse("");
    return new ReportStatusView(report, category);
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
    model.addAttribute("view", view(municipality, report, ui));
    // Private to the holder of the link: what the resident wrote, and where. A link may be passed
    // on, so what the screening takes for personal data is masked here too.
    var screened = screener.screen(report.description());
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
