package se.trygghetsdialog.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The heat grid of the public map is read from counts the database keeps up to date when a report
 * is approved, hidden, moved or deleted; they must give exactly what a fresh aggregation of the
 * approved reports gives, for every filter without dates, including the three-per-cell rule and the
 * commonest category when two categories tie.
 */
@IntegrationTest
class HeatGridCountsTest {

  @Autowired PublicPlaceMap map;
  @Autowired PublicPlaceRepository repository;
  @Autowired PlaceReportRepository reports;
  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired PlaceCategories categories;
  @Autowired PlaceSettings settings;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ModerationOutcomes outcomes;

  MunicipalityId municipality;
  MapSettings bounds;
  HeatGrid grid;
  List<PlaceCategory> all;

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    bounds = settings.of(municipality);
    grid = HeatGrid.over(bounds, HeatGrid.HEAT_CELL_METRES);
    all = categories.all(municipality);
  }

  /** A random point inside a cell of the test's own corner of the map. */
  Coordinates inside(HeatGrid.Cell cell) {
    Coordinates centre = grid.centre(cell);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new Coordinates(
        centre.latitude() + random.nextDouble(-0.001, 0.001),
        centre.longitude() + random.nextDouble(-0.0018, 0.0018));
  }

  PlaceReportId pending(HeatGrid.Cell cell, PlaceCategory category, TimeOfDay time) {
    PlaceReportId id = new PlaceReportId(UUID.randomUUID());
    Coordinates at = inside(cell);
    jdbc.sql(
            """
            INSERT INTO place_report (report_id, municipality_id, category_id, latitude, longitude,
              time_of_day, description, flagged, status, receipt_token, private_token_hash,
              reported_at)
            VALUES (:id, :m, :c, :lat, :lon, :time, 'Beskrivning', false, 'PENDING', :r, :h, :at)
            """)
        .param("id", id.value())
        .param("m", municipality.value())
        .param("c", category.id())
        .param("lat", at.latitude())
        .param("lon", at.longitude())
        .param("time", time.name())
        .param("r", UUID.randomUUID())
        .param("h", UUID.randomUUID().toString())
        .param("at", OffsetDateTime.now().minusDays(ThreadLocalRandom.current().nextInt(400)))
        .update();
    return id;
  }

  void approve(PlaceReportId id) {
    reports.decide(municipality, id, PlaceReportStatus.PUBLISHED, "Granskad text", "");
  }

  List<PublicPlaceMap.Filter> filters() {
    List<PublicPlaceMap.Filter> filters = new ArrayList<>();
    filters.add(PublicPlaceMap.Filter.all());
    for (TimeOfDay time : TimeOfDay.values()) {
      filters.add(new PublicPlaceMap.Filter(Set.of(), time, null, null));
    }
    for (PlaceCategory c : all) {
      filters.add(new PublicPlaceMap.Filter(Set.of(c.id()), null, null, null));
      filters.add(new PublicPlaceMap.Filter(Set.of(c.id()), TimeOfDay.EVENING, null, null));
    }
    filters.add(
        new PublicPlaceMap.Filter(Set.of(all.get(0).id(), all.get(1).id()), null, null, null));
    return filters;
  }

  /** The kept counts and a fresh aggregation give the same cells for every filter. */
  void assertCountsMatchAFreshAggregation() {
    for (PublicPlaceMap.Filter filter : filters()) {
      List<HeatGrid.CellCount> fresh =
          repository.cells(municipality, grid, filter, HeatGrid.MIN_REPORTS).stream()
              .sorted(HeatGrid.ORDER)
              .toList();
      assertThat(map.heatGrid(municipality, bounds, filter)).as(filter.toString()).isEqualTo(fresh);
    }
  }

  @Test
  void theKeptCountsFollowApprovalsHidingsMovesAndDeletionsExactly() {
    long base = 1_000 + ThreadLocalRandom.current().nextInt(1_000_000);
    HeatGrid.Cell tie = new HeatGrid.Cell(base, base);
    HeatGrid.Cell three = new HeatGrid.Cell(base + 1, base);
    HeatGrid.Cell two = new HeatGrid.Cell(base + 2, base);
    PlaceCategory a = all.get(0);
    PlaceCategory b = all.get(1);
    // Builds the counts (first read) before the changes below, so the trigger must keep them.
    map.heatGrid(municipality, bounds, PublicPlaceMap.Filter.all());

    List<PlaceReportId> tieReports = new ArrayList<>();
    for (PlaceCategory c : List.of(a, a, b, b)) {
      tieReports.add(pending(tie, c, TimeOfDay.EVENING));
    }
    List<PlaceReportId> threeReports = new ArrayList<>();
    for (TimeOfDay t : List.of(TimeOfDay.DAY, TimeOfDay.NIGHT, TimeOfDay.EVENING)) {
      threeReports.add(pending(three, b, t));
    }
    PlaceReportId twoFirst = pending(two, a, TimeOfDay.NIGHT);
    PlaceReportId twoSecond = pending(two, a, TimeOfDay.NIGHT);
    pending(two, a, TimeOfDay.NIGHT); // stays pending: never counted
    assertCountsMatchAFreshAggregation();

    tieReports.forEach(this::approve);
    threeReports.forEach(this::approve);
    approve(twoFirst);
    approve(twoSecond);
    assertThat(map.heatGrid(municipality, bounds, PublicPlaceMap.Filter.all()))
        .anySatisfy(c -> assertThat(c.cell()).isEqualTo(tie))
        .anySatisfy(c -> assertThat(c.cell()).isEqualTo(three))
        .noneSatisfy(c -> assertThat(c.cell()).isEqualTo(two));
    assertCountsMatchAFreshAggregation();

    // Hidden after approval: the cell of three falls below the rule.
    reports.decide(municipality, threeReports.get(0), PlaceReportStatus.INTERNAL, null, "");
    assertThat(map.heatGrid(municipality, bounds, PublicPlaceMap.Filter.all()))
        .noneSatisfy(c -> assertThat(c.cell()).isEqualTo(three));
    assertCountsMatchAFreshAggregation();

    // Moved and recategorised while approved; then deleted.
    jdbc.sql(
            "UPDATE place_report SET latitude = :lat, longitude = :lon, category_id = :c"
                + " WHERE report_id = :id")
        .param("lat", inside(two).latitude())
        .param("lon", inside(two).longitude())
        .param("c", b.id())
        .param("id", tieReports.get(0).value())
        .update();
    assertCountsMatchAFreshAggregation();
    jdbc.sql("DELETE FROM place_report WHERE report_id = :id")
        .param("id", tieReports.get(1).value())
        .update();
    assertCountsMatchAFreshAggregation();
  }

  /**
   * Two approvals at once on a grid without counts: one publishes a report (its trigger holds the
   * counts' lock shared) and then builds the counts, while the other is already waiting to build
   * them. Publishing before building deadlocked, and PostgreSQL aborted one approval.
   */
  @Test
  void twoApprovalsThatMustBuildTheCountsDoNotDeadlock() throws Exception {
    long base = 3_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
    HeatGrid.Cell cell = new HeatGrid.Cell(base, base);
    PlaceReportId first = pending(cell, all.get(0), TimeOfDay.DAY);
    PlaceReportId second = pending(cell, all.get(0), TimeOfDay.DAY);
    PlaceReportId third = pending(cell, all.get(0), TimeOfDay.DAY);
    approve(third);
    jdbc.sql("DELETE FROM place_heat_grid WHERE municipality_id = :m")
        .param("m", municipality.value())
        .update();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    java.util.concurrent.CountDownLatch writerPublished =
        new java.util.concurrent.CountDownLatch(1);
    try {
      java.util.concurrent.Future<?> writer =
          pool.submit(
              () ->
                  tx.executeWithoutResult(
                      s -> {
                        approve(second);
                        writerPublished.countDown();
                        org.awaitility.Awaitility.await()
                            .atMost(java.time.Duration.ofSeconds(20))
                            .until(this::anotherTransactionWaitsForTheCountsLock);
                        repository.countsReadyFor(municipality, grid);
                      }));
      assertThat(writerPublished.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      java.util.concurrent.Future<?> approval =
          pool.submit(
              () ->
                  tx.executeWithoutResult(
                      s -> outcomes.publish(municipality, first, "Granskad text")));
      writer.get(30, java.util.concurrent.TimeUnit.SECONDS);
      approval.get(30, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM place_report WHERE report_id IN (:ids)"
                        + " AND status = 'PUBLISHED'")
                .param("ids", List.of(first.value(), second.value(), third.value()))
                .query(Integer.class)
                .single())
        .isEqualTo(3);
    assertThat(map.heatGrid(municipality, bounds, PublicPlaceMap.Filter.all()))
        .anySatisfy(c -> assertThat(c.cell()).isEqualTo(cell));
    assertCountsMatchAFreshAggregation();
  }

  boolean anotherTransactionWaitsForTheCountsLock() {
    return jdbc.sql(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 4719"
                    + " AND NOT granted")
            .query(Integer.class)
            .single()
        > 0;
  }

  @Test
  void theCountsAreRebuiltForAnotherGridWhenTheMapBoundsChange() {
    long base = 2_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
    HeatGrid.Cell cell = new HeatGrid.Cell(base, base);
    for (int i = 0; i < 3; i++) {
      approve(pending(cell, all.get(0), TimeOfDay.DAY));
    }
    assertCountsMatchAFreshAggregation();
    MapSettings moved =
        new MapSettings(
            bounds.minLatitude() - 0.01,
            bounds.maxLatitude(),
            bounds.minLongitude() - 0.013,
            bounds.maxLongitude(),
            bounds.tileUrl(),
            bounds.tileAttribution());
    HeatGrid other = HeatGrid.over(moved, HeatGrid.HEAT_CELL_METRES);
    List<HeatGrid.CellCount> fresh =
        repository
            .cells(municipality, other, PublicPlaceMap.Filter.all(), HeatGrid.MIN_REPORTS)
            .stream()
            .sorted(HeatGrid.ORDER)
            .toList();
    assertThat(map.heatGrid(municipality, moved, PublicPlaceMap.Filter.all())).isEqualTo(fresh);
    // And back: the counts follow the grid the page asks for.
    assertCountsMatchAFreshAggregation();
  }

  @Test
  void aReadOnlyPageOnAGridWithoutCountsAggregatesAndTheCountsAreBuiltBesideIt() {
    MapSettings shifted =
        new MapSettings(
            bounds.minLatitude() - 0.0003 - ThreadLocalRandom.current().nextDouble(0.01),
            bounds.maxLatitude(),
            bounds.minLongitude(),
            bounds.maxLongitude(),
            bounds.tileUrl(),
            bounds.tileAttribution());
    HeatGrid other = HeatGrid.over(shifted, HeatGrid.HEAT_CELL_METRES);
    List<HeatGrid.CellCount> fresh =
        repository
            .cells(municipality, other, PublicPlaceMap.Filter.all(), HeatGrid.MIN_REPORTS)
            .stream()
            .sorted(HeatGrid.ORDER)
            .toList();
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    // The public map's handler reads in a read-only transaction (on the replica when there is one):
    // it aggregates and never writes.
    List<HeatGrid.CellCount> first =
        readOnly.execute(s -> map.heatGrid(municipality, shifted, PublicPlaceMap.Filter.all()));
    Boolean readyForReaders = readOnly.execute(s -> repository.countsReadyFor(municipality, other));
    // A writer (an approval) builds the counts; then the read-only page reads them.
    boolean built = repository.countsReadyFor(municipality, other);
    Boolean readyAfterwards = readOnly.execute(s -> repository.countsReadyFor(municipality, other));
    List<HeatGrid.CellCount> second =
        readOnly.execute(s -> map.heatGrid(municipality, shifted, PublicPlaceMap.Filter.all()));
    assertThat(first).isEqualTo(fresh);
    assertThat(readyForReaders).isFalse();
    assertThat(built).isTrue();
    assertThat(readyAfterwards).isTrue();
    assertThat(second).isEqualTo(fresh);
  }
}
