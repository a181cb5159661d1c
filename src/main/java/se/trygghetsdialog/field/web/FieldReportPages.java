package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.FieldReport;
import se.trygghetsdialog.field.FieldReportCommand;
import se.trygghetsdialog.field.FieldReportDraft;
import se.trygghetsdialog.field.FieldReports;
import se.trygghetsdialog.field.FileFieldReport;
import se.trygghetsdialog.field.ReporterKind;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.MapJson;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * What the field report controllers share: who may file, finding a report the viewer may see, the
 * report form's errors by its input ids, and building the form, the list and a report's view.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FieldReportPages {

  /** On the receipt: the report had already been filed with this key; this copy was not saved. */
  static final String ALREADY_FILED = "redan-skickad";

  static final int PAGE_SIZE = 20;

  private final FieldReports reports;
  private final StaffAccounts accounts;
  private final PlaceCategories categories;
  private final PlaceSettings settings;
  private final Gazetteer gazetteer;

  static StaffPrincipal filer(MunicipalityId municipality) {
    return EstForms.member(municipality, FieldPolicy::mayFile, "may not file field reports");
  }

  /** The rapportör on the report form, whose pages the browser never stores. */
  static StaffPrincipal filing(MunicipalityId municipality, HttpServletResponse response) {
    StaffPrincipal staff = filer(municipality);
    response.setHeader("Cache-Control", "no-store");
    return staff;
  }

  static String today() {
    return LocalDate.now(FieldPolicy.ZONE).toString();
  }

  FieldReport visible(MunicipalityId municipality, StaffPrincipal staff, UUID id) {
    return reports
        .find(municipality, id)
        .filter(r -> FieldPolicy.mayView(staff, r))
        .orElseThrow(() -> new NotFoundException("field report"));
  }

  FieldReportViews.ReportView view(MunicipalityId municipality, FieldReport report, Ui ui) {
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

  /** The form as posted, with at least one event and the chosen places' names and points. */
  FieldReportDraft draft(MunicipalityId municipality, Map<String, String[]> params) {
    FieldReportDraft draft = FieldReportForm.read(params);
    if (draft.events().isEmpty()) {
      draft = draft.withAnotherEvent(today());
    }
    return draft.withEvents(draft.events().stream().map(e -> resolve(municipality, e)).toList());
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

  /**
   * The command's errors by the form's input ids ({@code events[0].people} is {@code e0-people}),
   * in the order of the form; a text refused for personal data names the kinds found.
   */
  static FormErrors errors(FormErrors errors, @Nullable FieldReportCommand command, Ui ui) {
    return errors.mapped(
        item -> {
          String id = FieldReportCommand.inputId(item.field());
          ScreenedText text = command == null || command.confirmed() ? null : command.text(id);
          if (text == null || !text.flagged() || text.text().length() > FieldPolicy.MAX_TEXT) {
            return new FormErrors.Item(id, item.message());
          }
          String kinds =
              text.screening().kinds().stream()
                  .sorted()
                  .map(k -> ui.e("moderation.kind", k))
                  .collect(Collectors.joining(", "));
          return new FormErrors.Item(id, ui.t("field.report.error.personalData", kinds));
        },
        Comparator.comparingLong(i -> FieldReportCommand.position(i.field())));
  }

  /** Where a filed report leads: its receipt, saying so when the key had been filed before. */
  static String receipt(FileFieldReport.Receipt receipt) {
    // A query parameter, not a flash attribute: the phone's script follows the redirect with
    // fetch and then opens the same address again.
    return "redirect:/personal/faltrapporter/"
        + receipt.reportId()
        + "/kvitto"
        + (receipt.created() ? "" : "?" + ALREADY_FILED + "=1");
  }

  String render(
      MunicipalityId municipality,
      StaffPrincipal staff,
      FieldReportDraft draft,
      FormErrors errors,
      boolean screeningFailed,
      boolean fresh,
      WebPage page) {
    Locale locale = page.ui().locale();
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
        Option.of(
            ReporterKind.values(), "field.report.reporterKind", draft.reporterKind(), page.ui());
    page.add(
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
    page.add("fresh", fresh);
    return "field/report/form";
  }

  /**
   * A page of the reports the viewer sees: rapportörer their own, the trygghetssamordnare every
   * report, filtered by week and category.
   */
  FieldReportViews.ListPage list(
      MunicipalityId municipality,
      StaffPrincipal staff,
      String page,
      @Nullable String week,
      @Nullable String category,
      Ui ui) {
    boolean all = FieldPolicy.seesAllReports(staff);
    LocalDate weekStart = all ? weekStart(week) : null;
    UUID categoryId = all ? FormText.uuid(category) : null;
    FieldReports.Filter filter =
        new FieldReports.Filter(all ? null : staff.accountId(), weekStart, categoryId);
    int total = reports.count(municipality, filter);
    Paging paging = new Paging(Paging.requested(page), PAGE_SIZE, total);
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
    return new FieldReportViews.ListPage(
        views,
        paging.page(),
        paging.totalPages(),
        total,
        all,
        all ? weeks(weekStart, ui) : List.of(),
        all ? categoryOptions(municipality, categoryId, ui) : List.of(),
        query.toString());
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
}
