package se.trygghetsdialog.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HeatGridTest {

  static final MapSettings LYSEKIL = PlaceSettings.LYSEKIL;

  record Point(Coordinates at, UUID category) {}

  @Test
  void snappingNeverReturnsTheExactPointAndStaysWithinTheCell() {
    Random random = new Random(42);
    for (double size : new double[] {50, 250}) {
      HeatGrid grid = HeatGrid.over(LYSEKIL, size);
      for (int i = 0; i < 10_000; i++) {
        Coordinates point =
            new Coordinates(58.15 + random.nextDouble() * 0.3, 11.20 + random.nextDouble() * 0.45);
        Coordinates snapped = grid.snap(point);
        assertThat(snapped).isNotEqualTo(point);
        assertThat(snapped.latitude()).isNotEqualTo(point.latitude());
        assertThat(snapped.longitude()).isNotEqualTo(point.longitude());
        // At most half a cell's diagonal away, and snapping is idempotent.
        assertThat(snapped.metresTo(point)).isLessThanOrEqualTo(size * Math.sqrt(2) / 2 + 1);
        assertThat(grid.snap(snapped)).isEqualTo(snapped);
      }
    }
  }

  @Test
  void cellsAreAtLeastFiftyMetres() {
    assertThatThrownBy(() -> HeatGrid.over(LYSEKIL, 49))
        .isInstanceOf(IllegalArgumentException.class);
    HeatGrid grid = HeatGrid.over(LYSEKIL, 250);
    HeatGrid.CellCount cell = grid.count(new HeatGrid.Cell(3, 7), 5, null);
    Coordinates sw = new Coordinates(cell.south(), cell.west());
    assertThat(sw.metresTo(new Coordinates(cell.north(), cell.west()))).isBetween(249.0, 251.0);
    assertThat(sw.metresTo(new Coordinates(cell.south(), cell.east()))).isBetween(249.0, 251.0);
  }

  @Test
  void cellsWithFewerThanThreeReportsAreSuppressed() {
    HeatGrid grid = HeatGrid.over(LYSEKIL, 250);
    UUID a = new UUID(0, 1);
    UUID b = new UUID(0, 2);
    Coordinates two = grid.centre(new HeatGrid.Cell(10, 10));
    Coordinates three = grid.centre(new HeatGrid.Cell(20, 20));
    List<Point> points =
        List.of(
            new Point(two, a),
            new Point(two, a),
            new Point(three, a),
            new Point(three, b),
            new Point(three, b));
    List<HeatGrid.CellCount> cells = grid.aggregate(points, Point::at, Point::category);
    assertThat(cells).hasSize(1);
    assertThat(cells.get(0).cell()).isEqualTo(new HeatGrid.Cell(20, 20));
    assertThat(cells.get(0).count()).isEqualTo(3);
    assertThat(cells.get(0).topCategory()).isEqualTo(b);
  }

  @Test
  void countsAddUpToTheReportsInShownCells() {
    HeatGrid grid = HeatGrid.over(LYSEKIL, 250);
    Random random = new Random(7);
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      points.add(
          new Point(
              new Coordinates(
                  58.25 + random.nextGaussian() * 0.01, 11.4 + random.nextGaussian() * 0.02),
              new UUID(0, random.nextInt(3))));
    }
    List<HeatGrid.CellCount> cells = grid.aggregate(points, Point::at, Point::category);
    long inShownCells =
        points.stream()
            .filter(p -> cells.stream().anyMatch(c -> c.cell().equals(grid.cellOf(p.at()))))
            .count();
    assertThat(cells.stream().mapToInt(HeatGrid.CellCount::count).sum())
        .isEqualTo((int) inShownCells);
    assertThat(cells).allSatisfy(c -> assertThat(c.count()).isGreaterThanOrEqualTo(3));
    assertThat(cells).isSortedAccordingTo(HeatGrid.ORDER);
  }
}
