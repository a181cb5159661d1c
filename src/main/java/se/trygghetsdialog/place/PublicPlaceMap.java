package se.trygghetsdialog.place;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
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

  /** For tools that run without Spring (the benchmark). */
  public static PublicPlaceMap over(DataSource dataSource) {
    return new PublicPlaceMap(new PublicPlaceRepository(JdbcClient.create(dataSource)));
  }

  /**
   * The heat grid's shown cells (at least {@link HeatGrid#MIN_REPORTS} reports each): from the
   * counts kept up to date on every approval, hiding and deletion when the filter has no dates and
   * the counts are ready for this grid, else aggregated from the reports.
   */
  public List<HeatGrid.CellCount> heatGrid(
      MunicipalityId municipality, MapSettings bounds, Filter filter) {
    HeatGrid grid = HeatGrid.over(bounds, HeatGrid.HEAT_CELL_METRES);
    List<HeatGrid.CellCount> cells =
        filter.from() == null
                && filter.to() == null
                && repository.countsReadyFor(municipality, grid)
            ? repository.counted(municipality, grid, filter, HeatGrid.MIN_REPORTS)
            : repository.cells(municipality, grid, filter, HeatGrid.MIN_REPORTS);
    return cells.stream().sorted(HeatGrid.ORDER).toList();
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
