package se.trygghetsdialog.field.web;

import java.time.OffsetDateTime;
import java.util.List;
import se.trygghetsdialog.field.FieldEvent;
import se.trygghetsdialog.field.FieldReport;
import se.trygghetsdialog.field.FieldReportDraft;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;

/** View models of the field report pages. */
public final class FieldReportViews {

  private FieldReportViews() {}

  /** A top-level category; {@code children} empty means the category itself is chosen. */
  public record CategoryGroup(String value, String label, List<Option> children) {}

  /** One event block of the form with its own gazetteer choices (search results or localities). */
  public record EventBlock(
      int index, FieldReportDraft.Event event, List<Option> places, boolean searched) {
    public String id(String field) {
      return "e" + index + "-" + field;
    }

    public String name(String field) {
      return "e" + index + "." + field;
    }
  }

  public record FormPage(
      FieldReportDraft draft,
      FormErrors errors,
      List<EventBlock> events,
      List<CategoryGroup> categories,
      List<Option> reporterKinds,
      MapSettings map,
      String localitiesJson,
      boolean screeningFailed,
      boolean canAddEvent,
      String accountId) {}

  public record EventView(FieldEvent event, String category) {}

  public record ReportView(FieldReport report, String reporterName, List<EventView> events) {
    public OffsetDateTime filedAt() {
      return report.filedAt();
    }

    public String categories() {
      return String.join(", ", events.stream().map(EventView::category).distinct().toList());
    }
  }

  public record ListPage(
      List<ReportView> reports,
      int page,
      int pages,
      int total,
      boolean all,
      List<Option> weeks,
      List<Option> categories,
      String query) {}
}
