package se.trygghetsdialog.place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.lagesbild.LagesbildFact;
import se.trygghetsdialog.lagesbild.LagesbildSource;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * Place reports for part 2 of the lägesbild ("annan relevant information"): published reports of
 * the period counted per category and per area (the nearest locality centre). Only counts — no
 * text, position or anything about the reporters.
 */
@Component
@Order(20)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceLagesbildSource implements LagesbildSource {

  static final String BY_CATEGORY = "place.byCategory";
  static final String BY_AREA = "place.byArea";

  private final JdbcClient jdbc;
  private final PlaceCategories categories;
  private final Areas areas;
  private final MessageSource messages;

  private record Point(UUID category, double latitude, double longitude) {}

  @Override
  public List<LagesbildFact> facts(
      MunicipalityId municipality, LocalDate from, LocalDate to, Locale locale) {
    List<Point> points =
        LagesbildSource.rowsOfPeriod(
            jdbc,
            """
            SELECT category_id AS category, latitude, longitude FROM place_report
            WHERE municipality_id = :m AND status = 'PUBLISHED'
              AND reported_at >= :from AND reported_at < :to
            """,
            municipality,
            from,
            to,
            Point.class);
    if (points.isEmpty()) {
      return List.of();
    }
    String source = t(locale, "place.lagesbild.source");
    Map<UUID, String> names = categories.names(municipality, locale);
    String other = t(locale, "place.lagesbild.otherCategory");
    Map<String, Long> byCategory =
        counted(points.stream().map(p -> names.getOrDefault(p.category(), other)));
    List<LagesbildFact> facts = new ArrayList<>();
    facts.add(
        LagesbildFact.ofCounts(
            BY_CATEGORY, source, "place.lagesbild.byCategory", byCategory, messages, locale));
    List<Area> centres = areas.all(municipality);
    if (centres.stream().anyMatch(a -> a.latitude() != null && a.longitude() != null)) {
      Map<String, Long> byArea =
          counted(
              points.stream()
                  .flatMap(p -> Area.locate(centres, p.latitude(), p.longitude()).stream())
                  .map(Area::name));
      facts.add(
          LagesbildFact.ofCounts(
              BY_AREA, source, "place.lagesbild.byArea", byArea, messages, locale));
    }
    return facts;
  }

  /** How often each name occurs, in the order of first occurrence. */
  private static Map<String, Long> counted(Stream<String> names) {
    return names.collect(
        Collectors.groupingBy(name -> name, LinkedHashMap::new, Collectors.counting()));
  }

  private String t(Locale locale, String key) {
    return messages.getMessage(key, null, key, locale);
  }
}
