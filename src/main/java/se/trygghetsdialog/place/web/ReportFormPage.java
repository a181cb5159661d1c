package se.trygghetsdialog.place.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;

/** Everything the report page shows. */
public record ReportFormPage(
    PlaceReportForm form,
    FormErrors errors,
    String actionUrl,
    List<CategoryGroupView> categories,
    List<Option> timesOfDay,
    List<Option> weekdays,
    List<Option> ageBands,
    List<Option> genders,
    MapSettings map,
    String localitiesJson,
    String query,
    boolean searched,
    List<GazetteerEntry> results,
    @Nullable DuplicateView duplicate) {}
