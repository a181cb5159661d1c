package se.trygghetsdialog.field;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategory;

/**
 * The rules of a field report that the input alone cannot decide, checked for every event at once
 * so that the rapportör sees everything to correct together. Only events whose values were bound
 * are checked; the command's constraints speak for the others.
 */
final class FieldReportRules {

  private FieldReportRules() {}

  static List<FieldRuleViolation> problems(
      FieldReportCommand report,
      Function<UUID, Optional<PlaceCategory>> reportableCategory,
      Function<FieldReportCommand.Event, Optional<GazetteerEntry>> place,
      MapSettings bounds,
      Instant now) {
    List<FieldRuleViolation> problems = new ArrayList<>();
    if (report.events() == null) {
      return problems;
    }
    Instant latest = now.plus(FieldPolicy.FUTURE_TOLERANCE);
    for (int i = 0; i < report.events().size(); i++) {
      FieldReportCommand.Event e = report.events().get(i);
      if (e == null) {
        continue;
      }
      String p = "events[" + i + "].";
      if (e.categoryId() != null && reportableCategory.apply(e.categoryId()).isEmpty()) {
        problems.add(
            new FieldRuleViolation(p + "categoryId", "field.report.error.category.unknown"));
      }
      if (place.apply(e).isEmpty()) {
        if (e.latitude() == null && e.longitude() == null && e.gazetteerId() != null) {
          problems.add(
              new FieldRuleViolation(p + "latitude", "field.report.error.location.required"));
        } else if (e.latitude() != null
            && e.longitude() != null
            && !bounds.contains(FileFieldReport.point(e))) {
          problems.add(
              new FieldRuleViolation(p + "latitude", "field.report.error.location.outside"));
        }
      }
      boolean started = e.startDate() != null && e.startTime() != null;
      if (started && e.start().toInstant().isAfter(latest)) {
        problems.add(new FieldRuleViolation(p + "startDate", "field.report.error.start.future"));
      }
      if (e.endDate() != null && e.endTime() != null) {
        if (started && e.end().isBefore(e.start())) {
          problems.add(new FieldRuleViolation(p + "endDate", "field.report.error.end.beforeStart"));
        } else if (e.end().toInstant().isAfter(latest)) {
          problems.add(new FieldRuleViolation(p + "endDate", "field.report.error.end.future"));
        }
      }
    }
    return problems;
  }
}
