package se.trygghetsdialog.walk;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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

/**
 * Safety walks for part 2 of the lägesbild ("annan relevant information"): the points of the
 * published protocols of walks held in the period, counted per category (unsafe and safe apart) and
 * per status today. Only what the public protocol already shows, as counts.
 */
@Component
@Order(40)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkLagesbildSource implements LagesbildSource {

  static final String POINTS_BY_CATEGORY = "walk.pointsByCategory";
  static final String POINTS_BY_STATUS = "walk.pointsByStatus";

  private final JdbcClient jdbc;
  private final PlaceCategories categories;
  private final MessageSource messages;

  private record Point(UUID walkId, UUID categoryId, boolean safe, String status) {}

  @Override
  public List<LagesbildFact> facts(
      MunicipalityId municipality, LocalDate from, LocalDate to, Locale locale) {
    List<Point> points =
        LagesbildSource.rowsOfPeriod(
            jdbc,
            """
            SELECT p.walk_id, p.category_id, p.safe, p.status
            FROM walk_point p JOIN walk w ON w.walk_id = p.walk_id
            WHERE w.municipality_id = :m AND w.protocol_sent_at IS NOT NULL
              AND w.walk_at >= :from AND w.walk_at < :to
            """,
            municipality,
            from,
            to,
            Point.class);
    if (points.isEmpty()) {
      return List.of();
    }
    String source = t(locale, "walk.lagesbild.source");
    Map<String, Long> byCategory = new LinkedHashMap<>();
    Map<String, Long> byStatus = new LinkedHashMap<>();
    Map<UUID, String> names = categories.names(municipality, locale);
    String other = t(locale, "walk.lagesbild.otherCategory");
    for (Point p : points) {
      String category = names.getOrDefault(p.categoryId(), other);
      String kind = t(locale, p.safe() ? "walk.lagesbild.safe" : "walk.lagesbild.unsafe");
      byCategory.merge(category + " (" + kind + ")", 1L, Long::sum);
      byStatus.merge(t(locale, "walk.status." + p.status()), 1L, Long::sum);
    }
    long walks = points.stream().map(Point::walkId).distinct().count();
    return List.of(
        LagesbildFact.ofCounts(
            POINTS_BY_CATEGORY,
            source,
            "walk.lagesbild.byCategory",
            byCategory,
            messages,
            locale,
            walks,
            points.size()),
        LagesbildFact.ofCounts(
            POINTS_BY_STATUS, source, "walk.lagesbild.byStatus", byStatus, messages, locale));
  }

  private String t(Locale locale, String key) {
    return messages.getMessage(key, null, key, locale);
  }
}
