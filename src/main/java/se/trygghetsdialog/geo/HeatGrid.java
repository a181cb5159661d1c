package se.trygghetsdialog.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A metric grid over a municipality: a local equirectangular projection around the south-west
 * corner of its bounding box, cut into square cells of {@link #cellMetres()} metres. Public
 * positions are published as the centre of their cell, never as the point itself, and a cell with
 * fewer than {@link #MIN_REPORTS} reports is never shown. Pure: no database, no clock.
 */
public record HeatGrid(
    double originLatitude, double originLongitude, double metresPerDegreeLon, double cellMetres) {

  /** The smallest cell size anything public is snapped to. */
  public static final double MIN_CELL_METRES = 50;

  /** The heat grid's default cell size. */
  public static final double HEAT_CELL_METRES = 250;

  /** Positions of single reports are published snapped to this grid. */
  public static final double POSITION_CELL_METRES = 50;

  /** Cells with fewer reports than this are suppressed (small-cell suppression). */
  public static final int MIN_REPORTS = 3;

  /** Metres per degree of latitude (mean). */
  public static final double METRES_PER_DEGREE_LAT = 111_320;

  public HeatGrid {
    if (!(cellMetres >= MIN_CELL_METRES)) {
      throw new IllegalArgumentException("cells must be at least 50 m: " + cellMetres);
    }
  }

  /** The grid of {@code cellMetres} over a municipality's bounding box. */
  public static HeatGrid over(MapSettings bounds, double cellMetres) {
    return new HeatGrid(
        bounds.minLatitude(),
        bounds.minLongitude(),
        METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(bounds.centreLatitude())),
        cellMetres);
  }

  /** A cell's index: column (east) and row (north) from the origin. */
  public record Cell(long column, long row) {}

  /**
   * A shown cell: its index, centre and corners, the number of reports and the commonest category.
   */
  public record CellCount(
      Cell cell,
      Coordinates centre,
      double south,
      double west,
      double north,
      double east,
      int count,
      @Nullable UUID topCategory) {}

  public Cell cellOf(Coordinates point) {
    return new Cell(
        (long) Math.floor((point.longitude() - originLongitude) * metresPerDegreeLon / cellMetres),
        (long)
            Math.floor((point.latitude() - originLatitude) * METRES_PER_DEGREE_LAT / cellMetres));
  }

  /**
   * The named parameters for SQL that computes a row's cell with the same arithmetic as {@link
   * #cellOf}: {@code floor((longitude - :lon0) * :mLon / :cell)} for the column and {@code
   * floor((latitude - :lat0) * :mLat / :cell)} for the row.
   */
  public Map<String, Object> sqlParams() {
    return Map.of(
        "lon0", originLongitude,
        "lat0", originLatitude,
        "mLon", metresPerDegreeLon,
        "mLat", METRES_PER_DEGREE_LAT,
        "cell", cellMetres);
  }

  public Coordinates centre(Cell cell) {
    return new Coordinates(
        originLatitude + (cell.row() + 0.5) * cellMetres / METRES_PER_DEGREE_LAT,
        originLongitude + (cell.column() + 0.5) * cellMetres / metresPerDegreeLon);
  }

  /**
   * The published position of a point: the centre of its cell. Never the point itself, unless the
   * point is exactly a cell centre — then it is the same for every point of the cell.
   */
  public Coordinates snap(Coordinates point) {
    return centre(cellOf(point));
  }

  /** A cell with its geometry, a count and a category. */
  public CellCount count(Cell cell, int count, @Nullable UUID topCategory) {
    double south = originLatitude + cell.row() * cellMetres / METRES_PER_DEGREE_LAT;
    double west = originLongitude + cell.column() * cellMetres / metresPerDegreeLon;
    return new CellCount(
        cell,
        centre(cell),
        south,
        west,
        south + cellMetres / METRES_PER_DEGREE_LAT,
        west + cellMetres / metresPerDegreeLon,
        count,
        topCategory);
  }

  /**
   * Counts items per cell, dropping cells with fewer than {@link #MIN_REPORTS}; the commonest
   * category breaks ties by its identifier. Ordered by count (highest first), then row and column.
   */
  public <T> List<CellCount> aggregate(
      List<T> items, Function<T, Coordinates> where, Function<T, @Nullable UUID> category) {
    Map<Cell, Map<UUID, Integer>> perCell = new HashMap<>();
    Map<Cell, Integer> counts = new HashMap<>();
    UUID none = new UUID(0, 0);
    for (T item : items) {
      Cell cell = cellOf(where.apply(item));
      counts.merge(cell, 1, Integer::sum);
      perCell
          .computeIfAbsent(cell, c -> new HashMap<>())
          .merge(Objects.requireNonNullElse(category.apply(item), none), 1, Integer::sum);
    }
    List<CellCount> shown = new ArrayList<>();
    counts.forEach(
        (cell, count) -> {
          if (count >= MIN_REPORTS) {
            UUID top =
                perCell.get(cell).entrySet().stream()
                    .min(
                        Comparator.<Map.Entry<UUID, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey)
                    .orElse(null);
            shown.add(count(cell, count, none.equals(top) ? null : top));
          }
        });
    shown.sort(ORDER);
    return shown;
  }

  /** Highest count first, then south to north, west to east. */
  public static final Comparator<CellCount> ORDER =
      Comparator.comparingInt((CellCount c) -> -c.count())
          .thenComparingLong(c -> c.cell().row())
          .thenComparingLong(c -> c.cell().column());
}
