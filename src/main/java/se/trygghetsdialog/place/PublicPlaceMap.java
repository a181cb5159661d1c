package se.trygghetsdialog.place;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The public trygghetskarta: published (approved) reports only, aggregated on a {@link HeatGrid}
 * with small-cell suppression, and a list whose positions are snapped to {@link
 * HeatGrid#POSITION_CELL_METRES}. Exact coordinates, original descriptions and anything personal
 * never leave this class.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PublicPlaceMap {

  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  /**
   * What to show: categories (empty is all), a time of day and a period of report dates, both ends
   * included.
   */
  public record Filter(
      Set<UUID> categories,
      @Nullable TimeOfDay timeOfDay,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {

    public static Filter all() {
      return new Filter(Set.of(), null, null, null);
    }
  }

  /** A published report as the public sees it. */
  public record Item(
      UUID categoryId,
      TimeOfDay timeOfDay,
      String publicText,
      Coordinates position,
      LocalDate reportedOn) {}

  /** One page of the list; {@code page} counts from 1. */
  public record Page(List<Item> items, int total, int page, int pages) {}

  private final PublicPlaceRepository repository;
  private final List<HeatGridSource> sources;

  /** For tools that run without Spring (the benchmark): place reports only. */
  public static PublicPlaceMap over(DataSource dataSource) {
    return new PublicPlaceMap(new PublicPlaceRepository(JdbcClient.create(dataSource)), List.of());
  }

  /**
   * The heat grid's shown cells (at least {@link HeatGrid#MIN_REPORTS} places each): the approved
   * reports, from the counts kept up to date on every approval, hiding and deletion when the filter
   * has no dates and the counts are ready for this grid, else aggregated from the reports; and,
   * when the filter names no category and no time of day, the places of every {@link
   * HeatGridSource}, counted in the same cells before small cells are hidden.
   */
  public List<HeatGrid.CellCount> heatGrid(
      MunicipalityId municipality, MapSettings bounds, Filter filter) {
    HeatGrid grid = HeatGrid.over(bounds, HeatGrid.HEAT_CELL_METRES);
    Map<HeatGrid.Cell, Integer> others = new HashMap<>();
    if (filter.categories().isEmpty() && filter.timeOfDay() == null) {
      for (HeatGridSource source : sources) {
        source
            .places(municipality, grid, filter.from(), filter.to())
            .forEach((cell, n) -> others.merge(cell, n, Integer::sum));
      }
    }
    // With places of other sources, a cell with fewer reports than the minimum may still be shown.
    int minimum = others.isEmpty() ? HeatGrid.MIN_REPORTS : 1;
    List<HeatGrid.CellCount> cells =
        filter.from() == null
                && filter.to() == null
                && repository.countsReadyFor(municipality, grid)
            ? repository.counted(municipality, grid, filter, minimum)
            : repository.cells(municipality, grid, filter, minimum);
    if (!others.isEmpty()) {
      cells = withOthers(grid, cells, others);
    }
    return cells.stream().sorted(HeatGrid.ORDER).toList();
  }

  /** The report cells plus the other sources' places, cells below the minimum hidden. */
  private static List<HeatGrid.CellCount> withOthers(
      HeatGrid grid, List<HeatGrid.CellCount> reports, Map<HeatGrid.Cell, Integer> others) {
    Map<HeatGrid.Cell, HeatGrid.CellCount> byCell = new HashMap<>();
    reports.forEach(c -> byCell.put(c.cell(), c));
    Set<HeatGrid.Cell> all = new HashSet<>(byCell.keySet());
    all.addAll(others.keySet());
    List<HeatGrid.CellCount> shown = new ArrayList<>();
    for (HeatGrid.Cell cell : all) {
      HeatGrid.CellCount counted = byCell.get(cell);
      int total = (counted == null ? 0 : counted.count()) + others.getOrDefault(cell, 0);
      if (total >= HeatGrid.MIN_REPORTS) {
        shown.add(grid.count(cell, total, counted == null ? null : counted.topCategory()));
      }
    }
    return shown;
  }

  /** A page of published reports, newest first, positions snapped. */
  public Page published(
      MunicipalityId municipality, MapSettings bounds, Filter filter, int page, int size) {
    HeatGrid grid = HeatGrid.over(bounds, HeatGrid.POSITION_CELL_METRES);
    int total = repository.count(municipality, filter);
    int pages = Math.max(1, (total + size - 1) / size);
    int current = Math.min(Math.max(1, page), pages);
    List<Item> items =
        repository.page(municipality, filter, (current - 1) * size, size).stream()
            .map(
                r ->
                    new Item(
                        r.categoryId(),
                        r.timeOfDay(),
                        r.publicText(),
                        grid.snap(r.location()),
                        r.reportedAt().atZoneSameInstant(ZONE).toLocalDate()))
            .toList();
    return new Page(items, total, current, pages);
  }

  static @Nullable OffsetDateTime startOf(@Nullable LocalDate day) {
    return day == null ? null : day.atStartOfDay(ZONE).toOffsetDateTime();
  }
}
