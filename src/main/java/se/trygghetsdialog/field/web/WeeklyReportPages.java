package se.trygghetsdialog.field.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.field.DraftWeeklyReport;
import se.trygghetsdialog.field.EstWeek;
import se.trygghetsdialog.field.EstWeeks;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.WeeklyReport;
import se.trygghetsdialog.field.WeeklyReports;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * What the weekly report controllers share: finding a week's report, reading the edit form (its
 * place rows are numbered, {@code place-0}, {@code incidents-0}, …) and building the pages.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WeeklyReportPages {

  private static final List<String> FIXED_INPUTS =
      List.of("title", "appeal", "presence", "activities");
  private static final List<String> ROW_INPUTS = List.of("place", "incidents", "actions");
  private static final Pattern ROW_PATH = Pattern.compile("places\\[(\\d{1,9})\\]\\.(\\w+)");

  private final EstWeeks weeks;
  private final WeeklyReports reports;

  EstWeek week(MunicipalityId municipality, int year, int week) {
    return weeks
        .find(municipality, EstForms.week(year, week))
        .orElseThrow(() -> new NotFoundException("week"));
  }

  WeeklyReport report(EstWeek week) {
    return reports.ofWeek(week).orElseThrow(() -> new NotFoundException("report"));
  }

  WeeklyReport report(MunicipalityId municipality, String id) {
    UUID uuid = FormText.uuid(id);
    if (uuid == null) {
      throw new NotFoundException("report");
    }
    return reports.find(municipality, uuid).orElseThrow(() -> new NotFoundException("report"));
  }

  /**
   * The edit form's parameters with each place row's inputs also under the command's names ({@code
   * place-0} as {@code places[0].place}); the rows beyond the last place that may be saved are
   * dropped.
   */
  static Map<String, String[]> named(Map<String, String[]> params) {
    Map<String, String[]> named = new LinkedHashMap<>();
    params.forEach(
        (name, values) -> {
          if (!name.startsWith("places")) {
            named.put(name, values);
          }
        });
    int count = rows(params);
    for (int i = 0; i < count; i++) {
      for (String input : ROW_INPUTS) {
        String[] values = params.get(input + "-" + i);
        if (values != null) {
          named.put("places[" + i + "]." + input, values);
        }
      }
    }
    return named;
  }

  /** The edit form as typed, for showing it again; the rows as {@link #named} binds them. */
  static DraftWeeklyReport.Input typed(Map<String, String[]> params) {
    int count = rows(params);
    List<WeeklyReport.Place> places = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      places.add(
          new WeeklyReport.Place(
              value(params, "place-" + i),
              value(params, "incidents-" + i),
              value(params, "actions-" + i)));
    }
    return new DraftWeeklyReport.Input(
        value(params, "title"),
        value(params, "appeal"),
        value(params, "presence"),
        value(params, "activities"),
        places);
  }

  private static String value(Map<String, String[]> params, String name) {
    String[] values = params.get(name);
    return values == null || values.length == 0 ? "" : FormText.clean(values[0]);
  }

  /** How many place rows the form has, at most one more than may be saved. */
  private static int rows(Map<String, String[]> params) {
    String value = value(params, "rows");
    try {
      return Math.min(DraftWeeklyReport.MAX_PLACES + 1, Math.max(0, Integer.parseInt(value)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The command's errors by the form's input names ({@code places[0].incidents} is {@code
   * incidents-0}, a row without its place is {@code place-0}), in the order of the form; too many
   * places concerns the whole form.
   */
  static FormErrors errors(FormErrors errors) {
    return errors.mapped(
        item -> new FormErrors.Item(inputName(item.field()), item.message()),
        Comparator.comparingLong(i -> position(i.field())));
  }

  private static String inputName(String path) {
    Matcher m = ROW_PATH.matcher(path);
    if (m.matches()) {
      String input = m.group(2).equals("named") ? "place" : m.group(2);
      return input + "-" + m.group(1);
    }
    return path.equals("fewEnoughPlaces") ? "" : path;
  }

  private static long position(String input) {
    int fixed = FIXED_INPUTS.indexOf(input);
    if (input.isEmpty() || fixed >= 0) {
      return fixed;
    }
    int dash = input.lastIndexOf('-');
    int row = dash < 0 ? -1 : ROW_INPUTS.indexOf(input.substring(0, dash));
    if (row < 0) {
      return Long.MAX_VALUE;
    }
    return FIXED_INPUTS.size()
        + Long.parseLong(input.substring(dash + 1)) * ROW_INPUTS.size()
        + row;
  }

  /** The report with what was typed in its form, for showing the form again. */
  static WeeklyReport typed(WeeklyReport report, DraftWeeklyReport.Input input) {
    List<WeeklyReport.Place> typed = new ArrayList<>(input.places());
    if (!typed.isEmpty() && blank(typed.get(typed.size() - 1))) {
      typed.remove(typed.size() - 1);
    }
    return new WeeklyReport(
        report.id(),
        report.municipalityId(),
        report.weekId(),
        report.week(),
        input.title(),
        input.appeal(),
        input.presence(),
        input.activities(),
        typed,
        report.status(),
        report.returnComment(),
        report.submittedBy(),
        report.submittedAt(),
        report.publishedAt(),
        report.updatedAt());
  }

  private static boolean blank(WeeklyReport.Place p) {
    return p.place().isEmpty() && p.incidents().isEmpty() && p.actions().isEmpty();
  }

  String render(
      WeeklyReport saved,
      WeeklyReport form,
      FormErrors errors,
      StaffPrincipal staff,
      WebPage page) {
    List<WeeklyReport.Place> rows = new ArrayList<>(form.places());
    rows.add(new WeeklyReport.Place("", "", ""));
    page.add("report", saved);
    page.add("form", form);
    page.add("rows", rows);
    page.add("editable", saved.editable() && FieldPolicy.mayBuildWeek(staff));
    page.add("errors", errors);
    page.add("path", EstForms.path(saved.week()));
    return "field/week/report";
  }

  String renderApproval(
      WeeklyReport report, String comment, FormErrors errors, StaffPrincipal staff, WebPage page) {
    page.add("report", report);
    page.add("mayApprove", FieldPolicy.mayApproveWeeklyReport(staff, report));
    page.add("ownReport", staff.accountId().equals(report.submittedBy()));
    page.add("comment", comment);
    page.add("errors", errors);
    return "field/week/approve";
  }
}
