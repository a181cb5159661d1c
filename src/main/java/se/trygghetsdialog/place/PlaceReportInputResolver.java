package se.trygghetsdialog.place;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Published place reports are inputs measures may answer. The label is the category and the first
 * words of the moderated public text — never the original description or anything about the
 * reporter. Pending, rejected and internal reports are not found, so staff cannot link them.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceReportInputResolver implements InputResolver {

  static final int LABEL_WORDS = 8;

  private final PlaceReportRepository reports;
  private final PlaceCategories categories;

  @Override
  public String type() {
    return InputRef.PLACE_REPORT;
  }

  @Override
  public Optional<String> label(MunicipalityId municipality, UUID id) {
    return reports
        .find(municipality, new PlaceReportId(id))
        .filter(PlaceReport::published)
        .filter(r -> r.publicText() != null && !r.publicText().isBlank())
        .map(r -> label(municipality, r));
  }

  @Override
  public List<UUID> newest(MunicipalityId municipality, int limit) {
    return reports.published(municipality, limit).stream().map(r -> r.id().value()).toList();
  }

  private String label(MunicipalityId municipality, PlaceReport report) {
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
