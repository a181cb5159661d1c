package se.trygghetsdialog.field;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * The weekly lägesbild in figures: field events and residents' place reports of an ISO week and its
 * weekend, by category, place, heat-grid cell, time of day and weekday, and the change against the
 * previous week and the average of the four weeks before. Counts only: no text, no reporter, no
 * point; heat cells with fewer than {@link HeatGrid#MIN_REPORTS} are suppressed.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EstWeekFigures {

  /** How many earlier weeks the average covers. */
  public static final int AVERAGE_WEEKS = 4;

  /** The figures of one week. */
  public record WeekFigures(
      WeekNumber week,
      int fieldEvents,
      int weekendFieldEvents,
      int placeReports,
      int weekendPlaceReports,
      List<CategoryRow> categories,
      List<PlaceRow> places,
      List<CellRow> cells,
      int suppressedCells,
      List<PatternRow> timesOfDay,
      List<PatternRow> weekdays) {

    public boolean empty() {
      return fieldEvents == 0 && placeReports == 0;
    }
  }

  /**
   * A category: this week's counts, last week's total and the average of the {@link #AVERAGE_WEEKS}
   * weeks before this one (field events and place reports together).
   */
  public record CategoryRow(
      UUID categoryId,
      String name,
      int fieldEvents,
      int weekendFieldEvents,
      int placeReports,
      int weekendPlaceReports,
      int previous,
      double average) {

    public int total() {
      return fieldEvents + placeReports;
    }

    public int changeFromPrevious() {
      return total() - previous;
    }

    public double changeFromAverage() {
      return total() - average;
    }
  }

  /** A category's count at a place. */
  public record Count(String name, int count) {}

  /**
   * Field events at a place: an area, a gazetteer name, or (for points set on the map) the nearest
   * area, named by {@code near}.
   */
  public record PlaceRow(
      String name,
      @Nullable String near,
      int fieldEvents,
      int weekendFieldEvents,
      List<Count> categories) {}

  /**
   * A shown heat-grid cell (at least {@link HeatGrid#MIN_REPORTS}), named by the nearest area, and
   * its place in a small drawing: {@code x}, {@code y} in cells from the drawing's top left.
   */
  public record CellRow(
      String near, int fieldEvents, int placeReports, int x, int y, int intensityPercent) {

    public int total() {
      return fieldEvents + placeReports;
    }
  }

  /** A row of a pattern table; {@code key} is a time of day or an ISO weekday (1–7). */
  public record PatternRow(String key, int fieldEvents, int placeReports, int percentOfMax) {

    public int total() {
      return fieldEvents + placeReports;
    }
  }

  private final EstFigureRepository figures;
  private final PlaceReports placeReports;
  private final PlaceCategories categories;
  private final PlaceSettings placeSettings;
  private final Areas areas;

  public WeekFigures of(MunicipalityId municipality, WeekNumber week, Locale locale) {
    HeatGrid grid = HeatGrid.over(placeSettings.of(municipality), HeatGrid.HEAT_CELL_METRES);
    List<EstFigureRepository.EventTally> events =
        figures.events(municipality, week.start(), week.end(), week.weekendStart(), grid);
    List<PlaceReports.Tally> reports =
        placeReports.tally(municipality, week.start(), week.end(), week.weekendStart(), grid);
    Map<UUID, String> names = categories.names(municipality, locale);
    List<Area> known =
        areas.all(municipality).stream()
            .filter(a -> a.latitude() != null && a.longitude() != null)
            .toList();

    // Categories, with the earlier weeks.
    Map<UUID, int[]> perCategory = new LinkedHashMap<>();
    events.forEach(e -> addTo(perCategory, e.categoryId(), 0, e.count(), e.weekend()));
    reports.forEach(r -> addTo(perCategory, r.categoryId(), 2, r.count(), r.weekend()));
    int fieldTotal = events.stream().mapToInt(e -> e.count()).sum();
    int fieldWeekend = events.stream().filter(e -> e.weekend()).mapToInt(e -> e.count()).sum();
    int placeTotal = reports.stream().mapToInt(r -> r.count()).sum();
    int placeWeekend = reports.stream().filter(r -> r.weekend()).mapToInt(r -> r.count()).sum();
    List<Map<UUID, Integer>> earlier = new ArrayList<>();
    for (int i = 1; i <= AVERAGE_WEEKS; i++) {
      WeekNumber w = week.plusWeeks(-i);
      Map<UUID, Integer> counts =
          new HashMap<>(figures.eventsByCategory(municipality, w.start(), w.end()));
      for (var r : placeReports.tally(municipality, w.start(), w.end(), w.weekendStart(), grid)) {
        counts.merge(r.categoryId(), r.count(), Integer::sum);
      }
      counts.keySet().forEach(k -> perCategory.computeIfAbsent(k, x -> new int[4]));
      earlier.add(counts);
    }
    List<CategoryRow> categoryRows = new ArrayList<>();
    perCategory.forEach(
        (id, c) -> {
          int sum = 0;
          for (var counts : earlier) {
            sum += counts.getOrDefault(id, 0);
          }
          categoryRows.add(
              new CategoryRow(
                  id,
                  names.getOrDefault(id, "?"),
                  c[0],
                  c[1],
                  c[2],
                  c[3],
                  earlier.get(0).getOrDefault(id, 0),
                  sum / (double) AVERAGE_WEEKS));
        });
    categoryRows.sort(
        Comparator.comparingInt(CategoryRow::total).reversed().thenComparing(CategoryRow::name));

    // Places of field events.
    Map<UUID, String> areaNames = new HashMap<>();
    areas.all(municipality).forEach(a -> areaNames.put(a.id(), a.name()));
    record PlaceKey(String name, @Nullable String near) {}
    Map<PlaceKey, Map<UUID, int[]>> perPlace = new LinkedHashMap<>();
    for (var e : events) {
      PlaceKey key;
      if (e.areaId() != null && areaNames.containsKey(e.areaId())) {
        key = new PlaceKey(areaNames.get(e.areaId()), null);
      } else if (!e.placeName().isBlank()) {
        key = new PlaceKey(e.placeName().strip(), null);
      } else {
        key = new PlaceKey("", nearest(known, grid.centre(e.cell())));
      }
      int[] c =
          perPlace
              .computeIfAbsent(key, k -> new LinkedHashMap<>())
              .computeIfAbsent(e.categoryId(), k -> new int[2]);
      c[0] += e.count();
      if (e.weekend()) {
        c[1] += e.count();
      }
    }
    List<PlaceRow> placeRows = new ArrayList<>();
    perPlace.forEach(
        (key, byCategory) -> {
          int total = 0;
          int weekend = 0;
          List<Count> counts = new ArrayList<>();
          for (var entry : byCategory.entrySet()) {
            total += entry.getValue()[0];
            weekend += entry.getValue()[1];
            counts.add(new Count(names.getOrDefault(entry.getKey(), "?"), entry.getValue()[0]));
          }
          counts.sort(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::name));
          placeRows.add(new PlaceRow(key.name(), key.near(), total, weekend, counts));
        });
    placeRows.sort(
        Comparator.comparingInt(PlaceRow::fieldEvents).reversed().thenComparing(PlaceRow::name));

    // Heat grid: both sources together; small cells suppressed.
    Map<HeatGrid.Cell, int[]> perCell = new HashMap<>();
    events.forEach(e -> perCell.computeIfAbsent(e.cell(), k -> new int[2])[0] += e.count());
    reports.forEach(r -> perCell.computeIfAbsent(r.cell(), k -> new int[2])[1] += r.count());
    List<Map.Entry<HeatGrid.Cell, int[]>> shown =
        perCell.entrySet().stream()
            .filter(e -> e.getValue()[0] + e.getValue()[1] >= HeatGrid.MIN_REPORTS)
            .toList();
    int suppressed = perCell.size() - shown.size();
    long minCol = shown.stream().mapToLong(e -> e.getKey().column()).min().orElse(0);
    long maxRow = shown.stream().mapToLong(e -> e.getKey().row()).max().orElse(0);
    int maxCount = shown.stream().mapToInt(e -> e.getValue()[0] + e.getValue()[1]).max().orElse(1);
    List<CellRow> cellRows =
        shown.stream()
            .map(
                e ->
                    new CellRow(
                        nearest(known, grid.centre(e.getKey())),
                        e.getValue()[0],
                        e.getValue()[1],
                        (int) (e.getKey().column() - minCol),
                        (int) (maxRow - e.getKey().row()),
                        (e.getValue()[0] + e.getValue()[1]) * 100 / maxCount))
            .sorted(
                Comparator.comparingInt(CellRow::total)
                    .reversed()
                    .thenComparingInt(CellRow::y)
                    .thenComparingInt(CellRow::x))
            .toList();

    // Time of day and weekday.
    Map<String, int[]> times = new LinkedHashMap<>();
    for (WeekTimeOfDay t : WeekTimeOfDay.values()) {
      times.put(t.name(), new int[2]);
    }
    Map<String, int[]> days = new LinkedHashMap<>();
    for (int d = 1; d <= 7; d++) {
      days.put(String.valueOf(d), new int[2]);
    }
    for (var e : events) {
      times.get(WeekNumber.timeOfDay(e.hour()).name())[0] += e.count();
      days.get(String.valueOf(e.isoWeekday()))[0] += e.count();
    }
    for (var r : reports) {
      times.get(r.timeOfDay().name())[1] += r.count();
      days.get(String.valueOf(r.isoWeekday()))[1] += r.count();
    }
    return new WeekFigures(
        week,
        fieldTotal,
        fieldWeekend,
        placeTotal,
        placeWeekend,
        categoryRows,
        placeRows,
        cellRows,
        suppressed,
        pattern(times),
        pattern(days));
  }

  private static List<PatternRow> pattern(Map<String, int[]> rows) {
    int max = Math.max(1, rows.values().stream().mapToInt(c -> c[0] + c[1]).max().orElse(1));
    return rows.entrySet().stream()
        .map(
            e ->
                new PatternRow(
                    e.getKey(),
                    e.getValue()[0],
                    e.getValue()[1],
                    (e.getValue()[0] + e.getValue()[1]) * 100 / max))
        .toList();
  }

  /** The name of the area whose centre is nearest, or ”” when no area has a centre. */
  private static String nearest(List<Area> areas, Coordinates point) {
    return Area.locate(areas, point.latitude(), point.longitude()).map(Area::name).orElse("");
  }

  /**
   * Adds a count to a category's figures: to {@code column} (every day) and, for a weekend, to the
   * column after it.
   */
  private static void addTo(
      Map<UUID, int[]> perCategory, UUID category, int column, int count, boolean weekend) {
    int[] figures = perCategory.computeIfAbsent(category, k -> new int[4]);
    figures[column] += count;
    if (weekend) {
      figures[column + 1] += count;
    }
  }
}
