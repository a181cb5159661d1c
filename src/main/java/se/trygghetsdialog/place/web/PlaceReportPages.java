package se.trygghetsdialog.place.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceRuleViolation;
import se.trygghetsdialog.place.ReportPlace;
import se.trygghetsdialog.place.TimeOfDay;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.MapJson;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * What the pages for reporting a place share: building the report form page, reading the form
 * fields into values, and the status view of one report.
 */
@Component
class PlaceReportPages {

  /**
   * Reports, agreements and mailed links share one limit, {@code app.rate-limit.place-report.*}.
   */
  static final String RATE_LIMITED_ACTION = "place-report";

  private final PlaceCategories categories;
  private final PlaceSettings settings;
  private final Gazetteer gazetteer;
  private final FormTimer timer;
  private final se.trygghetsdialog.place.PlaceCampaigns campaigns;
  private final MessageSource messages;

  PlaceReportPages(
      PlaceCategories categories,
      PlaceSettings settings,
      Gazetteer gazetteer,
      FormTimer timer,
      se.trygghetsdialog.place.PlaceCampaigns campaigns,
      MessageSource messages) {
    this.messages = messages;
    this.categories = categories;
    this.settings = settings;
    this.gazetteer = gazetteer;
    this.timer = timer;
    this.campaigns = campaigns;
  }

  static @Nullable String campaignParam() {
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

  String render(
      MunicipalityId municipality,
      PlaceReportForm form,
      FormErrors errors,
      String query,
      boolean searched,
      List<GazetteerEntry> results,
      @Nullable DuplicateView duplicate,
      WebPage page) {
    Locale locale = page.ui().locale();
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
    page.add(
        "page",
        new ReportFormPage(
            stamped,
            errors,
            action,
            groups,
            options(TimeOfDay.values(), "place.timeOfDay", form.timeOfDay(), page.ui()),
            options(DayOfWeek.values(), "place.weekday", form.weekday(), page.ui()),
            options(AgeBand.values(), "place.ageBand", form.ageBand(), page.ui()),
            options(Gender.values(), "place.gender", form.gender(), page.ui()),
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
    page.add("campaign", campaignNotice(municipality));
    return "place/report";
  }

  private static List<Option> options(
      Enum<?>[] values, String prefix, @Nullable String selected, Ui ui) {
    return Arrays.stream(values)
        .map(v -> new Option(v.name(), ui.e(prefix, v), v.name().equals(selected)))
        .toList();
  }

  /** The chosen file's own name, without any folder, shortened; for telling which file it was. */
  /**
   * The errors of a form shown again, and a note that the photo must be chosen again when one was
   * accepted: a file input is always empty on a page sent again, so say so rather than lose it.
   */
  FormErrors photoAgain(FormErrors errors, @Nullable MultipartFile upload, Ui ui) {
    if (upload == null || upload.isEmpty() || errors.has("photo")) {
      return errors;
    }
    return errors.with(
        new PlaceRuleViolation("photo", "place.error.photo.again", fileName(upload)),
        messages,
        ui.locale());
  }

  /** Whether the description was refused for personal data only, so it may be sent anyway. */
  static boolean offersSendAnyway(BindingResult binding) {
    FieldError error = binding.getFieldError("description");
    return error != null && "NoPersonalData".equals(error.getCode());
  }

  static String fileName(@Nullable MultipartFile upload) {
    String name = upload == null ? null : upload.getOriginalFilename();
    String cleaned = FormText.clean(name == null ? "" : name.replaceAll(".*[/\\\\]", ""));
    return cleaned.length() > 60 ? cleaned.substring(0, 60) + "…" : cleaned;
  }

  /**
   * The blank report form, at a gazetteer place when the link names one; an old or mistyped link
   * shows the form all the same, saying that the place must be chosen.
   */
  String form(MunicipalityId municipality, @Nullable String entryId, WebPage page) {
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
        errors =
            FormErrors.builder(messages, page.ui().locale())
                .add("latitude", "place.error.place.unknown")
                .build();
      }
    }
    return render(municipality, form, errors, "", false, List.of(), null, page);
  }

  /** The blank report form with the gazetteer's places matching {@code query}. */
  String search(MunicipalityId municipality, String query, WebPage page) {
    String q = query.strip();
    List<GazetteerEntry> results = gazetteer.search(municipality, q);
    return render(
        municipality, PlaceReportForm.blank(), FormErrors.none(), q, true, results, null, page);
  }

  /** The form again, as typed, with its errors (and the send-anyway choice when it applies). */
  String again(
      MunicipalityId municipality,
      PlaceReportForm form,
      FormErrors errors,
      BindingResult binding,
      @Nullable MultipartFile upload,
      WebPage page) {
    page.add("offerSendAnyway", offersSendAnyway(binding));
    return render(
        municipality,
        form,
        photoAgain(errors, upload, page.ui()),
        "",
        false,
        List.of(),
        null,
        page);
  }

  /** The form again, offering to agree with a recent report of the same problem close by. */
  String duplicate(
      MunicipalityId municipality,
      PlaceReportForm form,
      ReportPlace.PossibleDuplicate duplicate,
      @Nullable MultipartFile upload,
      WebPage page) {
    return render(
        municipality,
        form,
        photoAgain(FormErrors.none(), upload, page.ui()),
        "",
        false,
        List.of(),
        new DuplicateView(
            duplicate.existing().id().toString(),
            duplicate.category().name(page.ui().locale()),
            duplicate.existing().agreements(),
            duplicate.existing().reportedAt()),
        page);
  }

  ReportStatusView view(MunicipalityId municipality, PlaceReport report, Ui ui) {
    String category =
        categories.find(municipality, report.categoryId()).map(c -> c.name(ui.locale())).orElse("");
    return new ReportStatusView(report, category);
  }
}
