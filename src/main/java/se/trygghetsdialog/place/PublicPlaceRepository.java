package se.trygghetsdialog.place;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.PrimaryWrites;

/** SQL of the public map: published reports only, aggregated in the database. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PublicPlaceRepository {

  /** The exact point stays inside the application; callers snap it. */
  record Row(
      UUID categoryId,
      TimeOfDay timeOfDay,
      String publicText,
      Coordinates location,
      OffsetDateTime reportedAt) {}

  private final JdbcClient jdbc;

  private record Where(String sql, Map<String, Object> params) {}

  /** The filter's categories and time of day as conditions (columns of both tables). */
  private static void categoryAndTime(
      PublicPlaceMap.Filter filter, StringBuilder sql, Map<String, Object> params) {
    if (!filter.categories().isEmpty()) {
      sql.append(" AND category_id IN (:categories)");
      params.put("categories", List.copyOf(filter.categories()));
    }
    if (filter.timeOfDay() != null) {
      sql.append(" AND time_of_day = :time");
      params.put("time", filter.timeOfDay().name());
    }
  }

  private static Where where(MunicipalityId municipality, PublicPlaceMap.Filter filter) {
    StringBuilder sql =
        new StringBuilder(" FROM place_report WHERE municipality_id = :m AND status = 'PUBLISHED'");
    Map<String, Object> params = new HashMap<>();
    params.put("m", municipality.value());
    categoryAndTime(filter, sql, params);
    OffsetDateTime from = PublicPlaceMap.startOf(filter.from());
    if (from != null) {
      sql.append(" AND reported_at >= :from");
      params.put("from", from);
    }
    OffsetDateTime until =
        PublicPlaceMap.startOf(filter.to() == null ? null : filter.to().plusDays(1));
    if (until != null) {
      sql.append(" AND reported_at < :until");
      params.put("until", until);
    }
    return new Where(sql.toString(), params);
  }

  /**
   * Cells with at least {@code minimum} reports from the counts the database keeps up to date on
   * every change of an approved report (table {@code place_heat_count}); only when {@link
   * #countsReadyFor} said yes for this grid, and only for filters without dates: the counts carry
   * no report date.
   */
  List<HeatGrid.CellCount> counted(
      MunicipalityId municipality, HeatGrid grid, PublicPlaceMap.Filter filter, int minimum) {
    if (filter.from() != null || filter.to() != null) {
      throw new IllegalArgumentException("the kept counts have no report dates");
    }
    StringBuilder sql =
        new StringBuilder(
            """
            WITH per_category AS (
              SELECT cell_column, cell_row, category_id, sum(reports) AS n
                FROM place_heat_count WHERE municipality_id = :m
            """);
    Map<String, Object> params = new HashMap<>();
    params.put("m", municipality.value());
    categoryAndTime(filter, sql, params);
    // The commonest category, ties to the lowest identifier: what mode() gives in cells().
    sql.append(
        """
         GROUP BY 1, 2, 3)
        SELECT cell_column AS col, cell_row AS row, sum(n) AS n,
               (array_agg(category_id ORDER BY n DESC, category_id))[1] AS top
          FROM per_category GROUP BY 1, 2 HAVING sum(n) >= :minimum
        """);
    return jdbc.sql(sql.toString())
        .params(params)
        .param("minimum", minimum)
        .query(
            (rs, n) ->
                grid.count(
                    new HeatGrid.Cell(rs.getLong("col"), rs.getLong("row")),
                    rs.getInt("n"),
                    rs.getObject("top", UUID.class)))
        .list();
  }

  /**
   * Whether the kept counts were made for this grid and can be read. When they were not (the map
   * bounds changed, or never built), a caller that may write rebuilds them now; a read-only caller
   * (a public page, perhaps on the replica, perhaps with the primary down) is told no and
   * aggregates from the reports, and the next approval of a report builds them.
   */
  boolean countsReadyFor(MunicipalityId municipality, HeatGrid grid) {
    boolean current =
        jdbc.sql(
                    """
                SELECT count(*) FROM place_heat_grid
                 WHERE municipality_id = :m AND origin_latitude = :lat0
                   AND origin_longitude = :lon0 AND metres_per_degree_lon = :mLon
                   AND metres_per_degree_lat = :mLat AND cell_metres = :cell
                """)
                .param("m", municipality.value())
                .params(grid.sqlParams())
                .query(Integer.class)
                .single()
            > 0;
    if (current) {
      return true;
    }
    if (PrimaryWrites.inReadOnlyTransaction()) {
      return false;
    }
    jdbc.sql("SELECT place_heat_rebuild(:m, :lat0, :lon0, :mLon, :mLat, :cell)")
        .param("m", municipality.value())
        .params(grid.sqlParams())
        .query((rs, n) -> 1)
        .list();
    return true;
  }

  /** Cells with at least {@code minimum} reports, aggregated by the database from the reports. */
  List<HeatGrid.CellCount> cells(
      MunicipalityId municipality, HeatGrid grid, PublicPlaceMap.Filter filter, int minimum) {
    Where where = where(municipality, filter);
    // The same arithmetic as HeatGrid.cellOf, so that Java and SQL agree on every cell.
    return jdbc.sql(
            """
            SELECT floor((longitude - :lon0) * :mLon / :cell)::bigint AS col,
                   floor((latitude - :lat0) * :mLat / :cell)::bigint AS row,
                   count(*) AS n, mode() WITHIN GROUP (ORDER BY category_id) AS top
            """
                + where.sql()
                + " GROUP BY 1, 2 HAVING count(*) >= :minimum")
        .params(where.params())
        .params(grid.sqlParams())
        .param("minimum", minimum)
        .query(
            (rs, n) ->
                grid.count(
                    new HeatGrid.Cell(rs.getLong("col"), rs.getLong("row")),
                    rs.getInt("n"),
                    rs.getObject("top", UUID.class)))
        .list();
  }

  int count(MunicipalityId municipality, PublicPlaceMap.Filter filter) {
    Where where = where(municipality, filter);
    return jdbc.sql("SELECT count(*)" + where.sql())
        .params(where.params())
        .query(Integer.class)
        .single();
  }

  List<Row> page(MunicipalityId municipality, PublicPlaceMap.Filter filter, int offset, int limit) {
    Where where = where(municipality, filter);
    return jdbc.sql(
            "SELECT category_id, time_of_day, coalesce(public_text, '') AS public_text, latitude,"
                + " longitude, reported_at"
                + where.sql()
                + " ORDER BY reported_at DESC, report_id LIMIT :limit OFFSET :offset")
        .params(where.params())
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new Row(
                    rs.getObject("category_id", UUID.class),
                    TimeOfDay.valueOf(rs.getString("time_of_day")),
                    rs.getString("public_text"),
                    new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")),
                    rs.getObject("reported_at", OffsetDateTime.class)))
        .list();
  }
}
