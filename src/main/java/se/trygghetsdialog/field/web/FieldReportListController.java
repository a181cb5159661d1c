package se.trygghetsdialog.field.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.FieldReports;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;

/**
 * The list of field reports, Mina rapporter: rapportörer see their own reports, the
 * trygghetssamordnare every report of the municipality, filtered by week and category.
 */
@Controller
class FieldReportListController {

  static final int PAGE_SIZE = 20;

  private final PlaceCategories categories;
  private final FieldReports reports;
  private final FieldReportPages pages;

  FieldReportListController(
      PlaceCategories categories, FieldReports reports, FieldReportPages pages) {
    this.categories = categories;
    this.reports = reports;
    this.pages = pages;
  }

  @GetMapping("/personal/faltrapporter")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String pageParam,
      @RequestParam(name = "vecka", required = false) @Nullable String week,
      @RequestParam(name = "kategori", required = false) @Nullable String category,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = FieldReportPages.filer(municipality);
    boolean all = FieldPolicy.seesAllReports(staff);
    LocalDate weekStart = all ? weekStart(week) : null;
    UUID categoryId = all ? FormText.uuid(category) : null;
    FieldReports.Filter filter =
        new FieldReports.Filter(all ? null : staff.accountId(), weekStart, categoryId);
    int total = reports.count(municipality, filter);
    Paging paging = new Paging(Paging.requested(pageParam), PAGE_SIZE, total);
    List<FieldReportViews.ReportView> views =
        reports.page(municipality, filter, paging.size(), paging.offset()).stream()
            .map(r -> pages.view(municipality, r, ui))
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
}
