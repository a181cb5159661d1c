package se.trygghetsdialog.field;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Field reports are inputs a measure may answer. The label is the first event's category, place and
 * date — never the free texts, never who filed it.
 */
@Configuration(proxyBeanMethods = false)
class FieldReportInputResolver {

  @Bean
  InputResolver fieldReportInputs(FieldReportRepository reports, PlaceCategories categories) {
    return InputResolver.of(
        InputRef.FIELD_REPORT,
        (municipality, id) ->
            reports
                .find(municipality, id)
                .filter(r -> !r.events().isEmpty())
                .map(r -> label(categories, municipality, r)),
        reports::newestIds);
  }

  private static String label(
      PlaceCategories categories, MunicipalityId municipality, FieldReport report) {
    FieldEvent first = report.events().get(0);
    String category =
        categories
            .find(municipality, first.categoryId())
            .map(c -> c.name(Locale.forLanguageTag("sv")))
            .orElse("");
    StringBuilder label = new StringBuilder(category);
    if (!first.placeName().isBlank()) {
      label.append(", ").append(first.placeName());
    }
    label
        .append(", ")
        .append(
            first
                .startedAt()
                .atZoneSameInstant(FieldPolicy.ZONE)
                .format(DateTimeFormatter.ISO_LOCAL_DATE));
    if (report.events().size() > 1) {
      label.append(" (+").append(report.events().size() - 1).append(')');
    }
    return label.toString();
  }
}
