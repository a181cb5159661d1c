package se.trygghetsdialog.field;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
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
 * The field work for part 2 of the lägesbild ("annan relevant information"): the rapportörer's
 * events of the period counted per category and per area, and the rumours seen per channel with how
 * many got a published clarification. Only counts — no free text, no position, no reporter.
 */
@Component
@Order(30)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FieldLagesbildSource implements LagesbildSource {

  static final String EVENTS_BY_CATEGORY = "field.eventsByCategory";
  static final String EVENTS_BY_AREA = "field.eventsByArea";
  static final String RUMOURS_BY_CHANNEL = "field.rumoursByChannel";

  private final JdbcClient jdbc;
  private final PlaceCategories categories;
  private final Areas areas;
  private final MessageSource messages;

  private record Event(UUID category, @Nullable UUID area, double latitude, double longitude) {}

  private record Channel(String channel, long seen, long clarified) {}

  @Override
  public List<LagesbildFact> facts(
      MunicipalityId municipality, LocalDate from, LocalDate to, Locale locale) {
    List<LagesbildFact> facts = new ArrayList<>();
    List<Event> events =
        LagesbildSource.rowsOfPeriod(
            jdbc,
            """
            SELECT category_id AS category, area_id AS area, latitude, longitude
            FROM field_event
            WHERE municipality_id = :m AND started_at >= :from AND started_at < :to
            """,
            municipality,
            from,
            to,
            Event.class);
    if (!events.isEmpty()) {
      String source = t(locale, "field.lagesbild.source");
      Map<String, Long> byCategory = new LinkedHashMap<>();
      Map<String, Long> byArea = new LinkedHashMap<>();
      List<Area> all = areas.all(municipality);
      Map<UUID, Area> byId = new HashMap<>();
      all.forEach(a -> byId.put(a.id(), a));
      Map<UUID, String> names = categories.names(municipality, locale);
      String other = t(locale, "field.lagesbild.otherCategory");
      for (Event e : events) {
        byCategory.merge(names.getOrDefault(e.category(), other), 1L, Long::sum);
        Optional.ofNullable(e.area() == null ? null : byId.get(e.area()))
            .or(() -> Area.locate(all, e.latitude(), e.longitude()))
            .ifPresent(a -> byArea.merge(a.name(), 1L, Long::sum));
      }
      facts.add(
          LagesbildFact.ofCounts(
              EVENTS_BY_CATEGORY,
              source,
              "field.lagesbild.byCategory",
              byCategory,
              messages,
              locale));
      if (!byArea.isEmpty()) {
        facts.add(
            LagesbildFact.ofCounts(
                EVENTS_BY_AREA, source, "field.lagesbild.byArea", byArea, messages, locale));
      }
    }
    Map<String, Long> byChannel = new LinkedHashMap<>();
    long clarified = 0;
    for (Channel c :
        LagesbildSource.rowsOfPeriod(
            jdbc,
            """
            SELECT channel, count(*) AS seen, count(published_at) AS clarified FROM rumour
            WHERE municipality_id = :m AND seen_at >= :from AND seen_at < :to
            GROUP BY channel
            """,
            municipality,
            from,
            to,
            Channel.class)) {
      byChannel.put(t(locale, "field.rumour.channel." + c.channel()), c.seen());
      clarified += c.clarified();
    }
    if (!byChannel.isEmpty()) {
      long seen = byChannel.values().stream().mapToLong(Long::longValue).sum();
      facts.add(
          LagesbildFact.ofCounts(
              RUMOURS_BY_CHANNEL,
              t(locale, "field.lagesbild.rumourSource"),
              "field.lagesbild.rumours",
              byChannel,
              messages,
              locale,
              seen,
              clarified));
    }
    return facts;
  }

  private String t(Locale locale, String key) {
    return messages.getMessage(key, null, key, locale);
  }
}
