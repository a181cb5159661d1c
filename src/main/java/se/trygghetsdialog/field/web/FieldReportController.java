package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.FieldReport;
import se.trygghetsdialog.field.FieldReportDraft;
import se.trygghetsdialog.field.FieldReportValidation;
import se.trygghetsdialog.field.FieldReports;
import se.trygghetsdialog.field.FieldRuleViolation;
import se.trygghetsdialog.field.FileFieldReport;
import se.trygghetsdialog.field.ReporterKind;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.place.Gazetteer;
import se.trygghetsdialog.place.GazetteerEntry;
import se.trygghetsdialog.place.PlaceCategories;
import se.trygghetsdialog.place.PlaceCategory;
import se.trygghetsdialog.place.PlaceSettings;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.MapJson;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;

/**
 * Field reports from a phone: the form (several events; map, gazetteer list or coordinates), the
 * receipt, "Mina rapporter" and a report's page. Rapportörer see their own reports, the
 * trygghetssamordnare every report of the municipality.
 */
@Controller
class FieldReportController {

  static final int PAGE_SIZE = 20;
  private static final String FORM = "/personal/faltrapporter/ny";

  /** On the receipt: the report had already been filed with this key; this copy was not saved. */
  static final String ALREADY_FILED = "redan-skickad";

  private final PlaceCategories categories;
  private final PlaceSettings settings;
  private final Gazetteer gazetteer;
  private final PersonalDataScreener screener;
  private final FileFieldReport fileFieldReport;
  private final FieldReports reports;
  private final StaffAccounts accounts;
  private final MessageSource messages;

  FieldReportController(
      PlaceCategories categories,
      PlaceSettings settings,
      Gazetteer gazetteer,
      PersonalDataScreener screener,
      FileFieldReport fileFieldReport,
      FieldReports reports,
      StaffAccounts accounts,
      MessageSource messages) {
    this.categories = categories;
    this.settings = settings;
    this.gazetteer = gazetteer;
    this.screener = screener;
    this.fileFieldReport = fileFieldReport;
    this.reports = reports;
    this.accounts = accounts;
    this.messages = messages;
  }

  private static StaffPrincipal filer(MunicipalityId municipality) {
    return StaffAccounts.signedIn(
        s -> FieldPolicy.mayFile(s) && FieldPolicy.sameMunicipality(s, municipality),
        "may not file field reports");
  }

  private static String today() {
    return LocalDate.now(FieldPolicy.ZONE).toString();
  }

  // ---- form ----------------------------------------------------------------------------------

  @GetMapping(FORM)
  String form(
      MunicipalityId municipality,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = filer(municipality);
    response.setHeader("Cache-Control", "no-store");
    FieldReportDraft draft = FieldReportDraft.blank(UUID.randomUUID().toString(), today());
    return render(municipality, staff, draft, FormErrors.none(), false, true, model, ui);
  }

  @PostMapping(FORM)
  String submit(
      MunicipalityId municipality,
      @RequestParam(name = "action", defaultValue = "file") String action,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = filer(municipality);
    response.setHeader("Cache-Control", "no-store");
    FieldReportDraft draft = FieldReportForm.read(request.getParameterMap());
    if (FormText.uuid(draft.submissionKey()) == null) {
      // A form without a key (tampered or very old): give it one, file nothing yet.
      draft =
          new FieldReportDraft(
              UUID.randomUUID().toString(),
              draft.reporterKind(),
              draft.events(),
              draft.confirmScreened());
      action = "show";
    }
    if (draft.events().isEmpty()) {
      draft = draft.withAnotherEvent(today());
    }
    if ("add".equals(action)) {
      return render(
          municipality,
          staff,
          draft.withAnotherEvent(today()),
          FormErrors.none(),
          false,
          false,
          model,
          ui);
    }
    if (action.startsWith("remove-")) {
      int index = index(action);
      if (index >= 0 && index < draft.events().size() && draft.events().size() > 1) {
        List<FieldReportDraft.Event> left = new ArrayList<>(draft.events());
        left.remove(index);
        draft = draft.withEvents(left);
      }
      return render(municipality, staff, draft, FormErrors.none(), false, false, model, ui);
    }
    if (!"file".equals(action)) {
      // "Sök plats" and anything unknown: show the form again with the search results.
      return render(municipality, staff, draft, FormErrors.none(), false, false, model, ui);
    }
    FieldReportDraft resolved =
        draft.withEvents(draft.events().stream().map(e -> resolve(municipality, e)).toList());
    FieldReportValidation.Result result =
        FieldReportValidation.validate(
            resolved,
            id -> categories.reportable(municipality, id),
            settings.of(municipality),
            screener,
            Instant.now());
    if (result.valid()) {
      try {
        FileFieldReport.Receipt receipt =
            fileFieldReport.file(municipality, staff.accountId(), result.input());
        // Resent with a key already filed (a double tap, or an offline draft sent again, maybe
        // edited since): the first report stands and the receipt says so. A query parameter, not
        // a flash attribute: the phone's script follows the redirect with fetch and then opens
        // the same address again.
        return "redirect:/personal/faltrapporter/"
            + receipt.reportId()
            + "/kvitto"
            + (receipt.created() ? "" : "?" + ALREADY_FILED + "=1");
      } catch (FieldRuleViolation violation) {
        FormErrors errors = FormErrors.builder(messages, ui.locale()).add(violation).build();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return render(municipality, staff, resolved, errors, false, false, model, ui);
      }
    }
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    for (FieldReportValidation.Violation v : result.violations()) {
      if (v.kinds().isEmpty()) {
        errors.add(v.field(), v.messageKey());
      } else {
        errors.add(v.field(), v.messageKey(), kinds(v.kinds(), ui));
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(
        municipality, staff, resolved, errors.build(), result.screeningFailed(), false, model, ui);
  }

  private static int index(String action) {
    try {
      return Integer.parseInt(action.substring(action.indexOf('-') + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String kinds(java.util.Set<PersonalDataKind> kinds, Ui ui) {
    return kinds.stream()
        .sorted()
        .map(k -> ui.e("moderation.kind", k))
        .collect(Collectors.joining(", "));
  }

  /**
   * A place chosen from the list gives the event its point and name. Without a chosen place the
   * event has no name: the hidden name field is never taken as typed (it could be stale, from a
   * place chosen earlier, or any unscreened text), since the name reaches the EST week and the
   * weekly report.
   */
  private FieldReportDraft.Event resolve(MunicipalityId municipality, FieldReportDraft.Event e) {
    UUID id = FormText.uuid(e.gazetteerId());
    FieldReportDraft.Event unnamed = e.at(e.gazetteerId(), "", e.latitude(), e.longitude());
    if (id == null) {
      return unnamed;
    }
    return gazetteer
        .find(municipality, id)
        .map(
            entry ->
                e.at(
                    e.gazetteerId(),
                    entry.name(),
                    FormText.coordinate(entry.location().latitude()),
                    FormText.coordinate(entry.location().longitude())))
        .orElse(unnamed);
  }

  private String render(
      MunicipalityId municipality,
      StaffPrincipal staff,
      FieldReportDraft draft,
      FormErrors errors,
      boolean screeningFailed,
      boolean fresh,
      Model model,
      Ui ui) {
    Locale locale = ui.locale();
    List<FieldReportViews.CategoryGroup> groups = new ArrayList<>();
    for (PlaceCategories.Group group : categories.groups(municipality)) {
      groups.add(
          new FieldReportViews.CategoryGroup(
              group.category().id().toString(),
              group.category().name(locale),
              group.children().stream()
                  .map(c -> new Option(c.id().toString(), c.name(locale), false))
                  .toList()));
    }
    List<GazetteerEntry> localities = gazetteer.localities(municipality);
    List<FieldReportViews.EventBlock> blocks = new ArrayList<>();
    for (int i = 0; i < draft.events().size(); i++) {
      FieldReportDraft.Event event = draft.events().get(i);
      boolean searched = !event.placeQuery().isBlank();
      Map<String, Option> places = new LinkedHashMap<>();
      UUID chosen = FormText.uuid(event.gazetteerId());
      if (chosen != null) {
        gazetteer
            .find(municipality, chosen)
            .ifPresent(
                g -> places.put(g.id().toString(), new Option(g.id().toString(), g.name(), true)));
      }
      for (GazetteerEntry g :
          searched ? gazetteer.search(municipality, event.placeQuery()) : localities) {
        places.putIfAbsent(g.id().toString(), new Option(g.id().toString(), g.name(), false));
      }
      blocks.add(new FieldReportViews.EventBlock(i, event, List.copyOf(places.values()), searched));
    }
    List<Option> kinds =
        java.util.Arrays.stream(ReporterKind.values())
            .map(
                k ->
                    new Option(
                        k.name(),
                        ui.e("field.report.reporterKind", k),
                        k.name().equals(draft.reporterKind())))
            .toList();
    model.addAttribute(
        "page",
        new FieldReportViews.FormPage(
            draft,
            errors,
            blocks,
            groups,
            kinds,
            settings.of(municipality),
            MapJson.namedPoints(
                localities,
                GazetteerEntry::name,
                l -> l.location().latitude(),
                l -> l.location().longitude()),
            screeningFailed || draft.confirmScreened(),
            draft.events().size() < FieldPolicy.MAX_EVENTS,
            staff.accountId().toString()));
    model.addAttribute("fresh", fresh);
    return "field/report/form";
  }

  // ---- receipt, list, report -----------------------------------------------------------------

  private FieldReport visible(MunicipalityId municipality, StaffPrincipal staff, UUID id) {
    return reports
        .find(municipality, id)
        .filter(r -> FieldPolicy.mayView(staff, r))
        .orElseThrow(() -> new NotFoundException("field report"));
  }

  @GetMapping("/personal/faltrapporter/{id}/kvitto")
  String receipt(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = ALREADY_FILED, defaultValue = "") String alreadyFiled,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = filer(municipality);
    model.addAttribute("view", view(municipality, visible(municipality, staff, id), ui));
    model.addAttribute("alreadyFiled", "1".equals(alreadyFiled));
    return "field/report/receipt";
  }

  @GetMapping("/personal/faltrapporter/{id}")
  String show(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = filer(municipality);
    model.addAttribute("view", view(municipality, visible(municipality, staff, id), ui));
    model.addAttribute("all", FieldPolicy.seesAllReports(staff));
    return "field/report/show";
  }

  @GetMapping("/personal/faltrapporter")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String pageParam,
      @RequestParam(name = "vecka", required = false) @Nullable String week,
      @RequestParam(name = "kategori", required = false) @Nullable String category,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = filer(municipality);
    boolean all = FieldPolicy.seesAllReports(staff);
    LocalDate weekStart = all ? weekStart(week) : null;
    UUID categoryId = all ? FormText.uuid(category) : null;
    FieldReports.Filter filter =
        new FieldReports.Filter(all ? null : staff.accountId(), weekStart, categoryId);
    int total = reports.count(municipality, filter);
    Paging paging = new Paging(Paging.requested(pageParam), PAGE_SIZE, total);
    List<FieldReportViews.ReportView> views =
        reports.page(municipality, filter, paging.size(), paging.offset()).stream()
            .map(r -> view(municipality, r, ui))
            .toList();
    StringBuilder query = new StringBuilder();
    if (weekStart != null) {
      query.append("vecka=").append(weekStart).append('&');
    }
    if (categoryId != null) {
      query.append("kategori=").append(categoryId).append('&');
    }
    model.addAttribute(
        "page",
        new FieldReportViews.ListPage(
            views,
            paging.page(),
            paging.totalPages(),
            total,
            all,
            all ? weeks(weekStart, ui) : List.of(),
            all ? categoryOptions(municipality, categoryId, ui) : List.of(),
            query.toString()));
    return "field/report/list";
  }

  private static @Nullable LocalDate weekStart(@Nullable String value) {
    LocalDate date = FormText.date(value);
    return date == null ? null : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The last twelve weeks, newest first, by their Monday. */
  private static List<Option> weeks(@Nullable LocalDate selected, Ui ui) {
    LocalDate monday =
        LocalDate.now(FieldPolicy.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<Option> weeks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      LocalDate start = monday.minusWeeks(i);
      weeks.add(
          new Option(
              start.toString(),
              ui.t(
                  "field.report.list.week",
                  start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                  start.get(IsoFields.WEEK_BASED_YEAR),
                  ui.date(start)),
              start.equals(selected)));
    }
    return weeks;
  }

  private List<Option> categoryOptions(
      MunicipalityId municipality, @Nullable UUID selected, Ui ui) {
    List<Option> options = new ArrayList<>();
    for (PlaceCategories.Group group : categories.groups(municipality)) {
      PlaceCategory top = group.category();
      options.add(
          new Option(top.id().toString(), top.name(ui.locale()), top.id().equals(selected)));
      for (PlaceCategory child : group.children()) {
        options.add(
            new Option(
                child.id().toString(),
                "– " + child.name(ui.locale()),
                child.id().equals(selected)));
      }
    }
    return options;
  }

  private FieldReportViews.ReportView view(MunicipalityId municipality, FieldReport report, Ui ui) {
    String reporter =
        accounts
            .find(municipality, report.reporterAccountId())
            .map(m -> m.displayName())
            .orElse("");
    return new FieldReportViews.ReportView(
        report,
        reporter,
        report.events().stream()
            .map(
                e ->
                    new FieldReportViews.EventView(
                        e,
                        categories
                            .find(municipality, e.categoryId())
                            .map(c -> c.name(ui.locale()))
                            .orElse("")))
            .toList());
  }
}
