package se.trygghetsdialog.field.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.FieldReport;
import se.trygghetsdialog.field.FieldReports;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.Ui;

/**
 * What the field report controllers share: who may file, finding a report the viewer may see, and a
 * report's view.
 */
@Component
class FieldReportPages {

  /** On the receipt: the report had already been filed with this key; this copy was not saved. */
  static final String ALREADY_FILED = "redan-skickad";

  private final FieldReports reports;
  private final StaffAccounts accounts;
  private final PlaceCategories categories;

  FieldReportPages(FieldReports reports, StaffAccounts accounts, PlaceCategories categories) {
    this.reports = reports;
    this.accounts = accounts;
    this.categories = categories;
  }

  static StaffPrincipal filer(MunicipalityId municipality) {
    return StaffAccounts.signedIn(
        s -> FieldPolicy.mayFile(s) && FieldPolicy.sameMunicipality(s, municipality),
        "may not file field reports");
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
}
