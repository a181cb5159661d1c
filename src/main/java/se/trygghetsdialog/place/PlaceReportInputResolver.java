package se.trygghetsdialog.place;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Published place reports are inputs measures may answer. The label is the category and the first
 * words of the moderated public text — never the original description or anything about the
 * reporter. Pending, rejected and internal reports are not found, so staff cannot link them.
 */
@Configuration(proxyBeanMethods = false)
class PlaceReportInputResolver {

  static final int LABEL_WORDS = 8;

  @Bean
  InputResolver placeReportInputs(PlaceReportRepository reports, PlaceCategories categories) {
    return InputResolver.of(
        InputRef.PLACE_REPORT,
        (municipality, id) ->
            reports
                .find(municipality, new PlaceReportId(id))
                .filter(PlaceReport::published)
                .filter(r -> r.publicText() != null && !r.publicText().isBlank())
                .map(r -> label(categories, municipality, r)),
        (municipality, limit) ->
            reports.published(municipality, limit).stream().map(r -> r.id().value()).toList());
  }

  private static String label(
      PlaceCategories categories, MunicipalityId municipality, PlaceReport report) {
    String category =
        categories
            .find(municipality, report.categoryId())
            .map(c -> c.name(Locale.forLanguageTag("sv")))
            .orElse("");
    String text = firstWords(report.publicText() == null ? "" : report.publicText(), LABEL_WORDS);
    return category.isEmpty() ? text : category + ": " + text;
  }

  static String firstWords(String text, int count) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= count) {
      return String.join(" ", words);
    }
    return String.join(" ", java.util.Arrays.copyOf(words, count)) + " …";
  }
}
