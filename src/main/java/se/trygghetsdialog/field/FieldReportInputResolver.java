package se.trygghetsdialog.field;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputResolver;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Field reports are inputs a measure may answer. The label is the first event's category, place and
 * date — never the free texts, never who filed it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FieldReportInputResolver implements InputResolver {

  private final FieldReportRepository reports;
  private final PlaceCategories categories;
  private final JdbcClient jdbc;

  @Override
  public String type() {
    return InputRef.FIELD_REPORT;
  }

  @Override
  public Optional<String> label(MunicipalityId municipality, UUID id) {
    return reports
        .find(municipality, id)
        .filter(r -> !r.events().isEmpty())
        .map(
            r -> {
              FieldEvent first = r.events().get(0);
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
              if (r.events().size() > 1) {
                label.append(" (+").append(r.events().size() - 1).append(')');
              }
              return label.toString();
            });
  }

  @Override
  public List<UUID> newest(MunicipalityId municipality, int limit) {
    return jdbc.sql(
            """
            SELECT report_id FROM field_report WHERE municipality_id = :m
            ORDER BY filed_at DESC LIMIT :limit
            """)
        .param("m", municipality.value())
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }
}
