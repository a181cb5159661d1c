package se.trygghetsdialog.field;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Counts of field events, aggregated in the database. Reads the field report tables (the report
 * form writes them); never selects a free text, a reporter or a point.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EstFigureRepository {

  /** Events grouped by category, place, cell, local weekday and hour, and weekend. */
  record EventTally(
      UUID categoryId,
      @Nullable UUID areaId,
      String placeName,
      HeatGrid.Cell cell,
      int isoWeekday,
      int hour,
      boolean weekend,
      int count) {}

  /** Days one kind of reporter was out, with the first start and last end of each day. */
  /** A field event's start and end in local time, for the weekly report's presence line. */
  record Presence(String reporterKind, LocalDateTime start, LocalDateTime end) {}

  private final JdbcClient jdbc;

  List<EventTally> events(
      MunicipalityId municipality,
      OffsetDateTime from,
      OffsetDateTime until,
      OffsetDateTime weekendFrom,
      HeatGrid grid) {
    return jdbc.sql(
            """
            SELECT category_id, area_id, place_name,
                   floor((longitude - :lon0) * :mLon / :cell)::bigint AS col,
                   floor((latitude - :lat0) * :mLat / :cell)::bigint AS row,
                   extract(isodow FROM started_at AT TIME ZONE 'Europe/Stockholm')::int AS dow,
                   extract(hour FROM started_at AT TIME ZONE 'Europe/Stockholm')::int AS hour,
                   started_at >= :weekend AS weekend,
                   count(*) AS n
            FROM field_event
            WHERE municipality_id = :m AND started_at >= :from AND started_at < :until
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
            """)
        .param("m", municipality.value())
        .param("from", from)
        .param("until", until)
        .param("weekend", weekendFrom)
        .params(grid.sqlParams())
        .query(
            (rs, n) ->
                new EventTally(
                    rs.getObject("category_id", UUID.class),
                    rs.getObject("area_id", UUID.class),
                    rs.getString("place_name"),
                    new HeatGrid.Cell(rs.getLong("col"), rs.getLong("row")),
                    rs.getInt("dow"),
                    rs.getInt("hour"),
                    rs.getBoolean("weekend"),
                    rs.getInt("n")))
        .list();
  }

  /** Events per category from {@code from} up to {@code until}. */
  java.util.Map<UUID, Integer> eventsByCategory(
      MunicipalityId municipality, OffsetDateTime from, OffsetDateTime until) {
    java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
    jdbc.sql(
            """
            SELECT category_id, count(*) AS n FROM field_event
            WHERE municipality_id = :m AND started_at >= :from AND started_at < :until
            GROUP BY 1
            """)
        .param("m", municipality.value())
        .param("from", from)
        .param("until", until)
        .query(
            rs -> {
              counts.put(rs.getObject("category_id", UUID.class), rs.getInt("n"));
            });
    return counts;
  }

  List<Presence> presence(MunicipalityId municipality, OffsetDateTime from, OffsetDateTime until) {
    return jdbc.sql(
            """
            SELECT r.reporter_kind,
                   e.started_at AT TIME ZONE 'Europe/Stockholm' AS local_start,
                   e.ended_at AT TIME ZONE 'Europe/Stockholm' AS local_end
            FROM field_event e JOIN field_report r ON r.report_id = e.report_id
            WHERE e.municipality_id = :m AND e.started_at >= :from AND e.started_at < :until
            ORDER BY 1, 2
            """)
        .param("m", municipality.value())
        .param("from", from)
        .param("until", until)
        .query(
            (rs, n) ->
                new Presence(
                    rs.getString("reporter_kind"),
                    rs.getObject("local_start", LocalDateTime.class),
                    rs.getObject("local_end", LocalDateTime.class)))
        .list();
  }
}
