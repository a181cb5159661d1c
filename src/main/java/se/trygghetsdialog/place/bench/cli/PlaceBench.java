package se.trygghetsdialog.place.bench.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.place.PublicPlaceMap;
import se.trygghetsdialog.shared.MunicipalityId;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code place-bench [--reports N] [--runs R] [--warmup W]}: starts a throw-away embedded
 * PostgreSQL, migrates it with the application's migrations, inserts N (default 100,000) approved
 * reports around Lysekil, then times the public heat grid R times after W warm-up rounds: read from
 * the kept counts (after timing their first build once), and for the last year's reports (a filter
 * with dates, aggregated from the reports); and the first list page (count and page). Prints one
 * JSON object with the median and p90 in milliseconds; diagnostics go to standard error. Not a
 * test: timings are never asserted.
 */
public final class PlaceBench {

  static final String COMMAND = "place-bench";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private static Map<String, Object> timing(double[] millis) {
    Map<String, Object> timing = new LinkedHashMap<>();
    timing.put("medianMs", decimals(percentile(millis, 0.5), 2));
    timing.put("p90Ms", decimals(percentile(millis, 0.9), 2));
    return timing;
  }

  private static BigDecimal decimals(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
  }

  /** The application's Flyway locations (spring.flyway.locations in application.yaml). */
  static final String[] LOCATIONS = {"classpath:db/migration"};

  static final MapSettings LYSEKIL = new MapSettings(58.15, 58.45, 11.20, 11.65, "", "");

  private PlaceBench() {}

  public static boolean handles(String command) {
    return COMMAND.equals(command);
  }

  /** Runs the command; the libraries' logs are sent to standard error, the JSON to standard out. */
  public static int run(String[] args) {
    PrintStream out = System.out;
    System.setOut(System.err);
    try {
      return run(args, out, System.err);
    } finally {
      System.setOut(out);
    }
  }

  static int option(String[] args, String name, int fallback) {
    for (int i = 1; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    int reports;
    int runs;
    int warmup;
    try {
      reports = option(args, "--reports", 100_000);
      runs = option(args, "--runs", 50);
      warmup = option(args, "--warmup", 10);
    } catch (NumberFormatException e) {
      err.println("usage: place-bench [--reports N] [--runs R] [--warmup W]");
      return 2;
    }
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start()) {
      DataSource dataSource = postgres.getPostgresDatabase();
      Flyway.configure().dataSource(dataSource).locations(LOCATIONS).load().migrate();
      JdbcClient jdbc = JdbcClient.create(dataSource);
      MunicipalityId municipality = new MunicipalityId(UUID.randomUUID());
      seed(jdbc, municipality, reports);
      err.println("place-bench: " + reports + " approved reports inserted");
      PublicPlaceMap map = PublicPlaceMap.over(dataSource);
      PublicPlaceMap.Filter all = PublicPlaceMap.Filter.all();
      // The first read builds the kept counts (place_heat_count) from the reports.
      long built = System.nanoTime();
      map.heatGrid(municipality, LYSEKIL, all);
      double rebuildMs = (System.nanoTime() - built) / 1e6;
      int[] cells = new int[1];
      double[] grid =
          time(warmup, runs, () -> cells[0] = map.heatGrid(municipality, LYSEKIL, all).size());
      // A filter with dates is still aggregated from the reports (the counts have no dates).
      LocalDate today = LocalDate.now(PublicPlaceMap.ZONE);
      PublicPlaceMap.Filter year =
          new PublicPlaceMap.Filter(Set.of(), null, today.minusYears(1), today);
      double[] gridYear = time(warmup, runs, () -> map.heatGrid(municipality, LYSEKIL, year));
      int[] listed = new int[1];
      double[] list =
          time(
              warmup,
              runs,
              () -> listed[0] = map.published(municipality, LYSEKIL, all, 1, 20).items().size());
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("reports", reports);
      result.put("runs", runs);
      result.put("warmup", warmup);
      result.put("cellMetres", decimals(HeatGrid.HEAT_CELL_METRES, 0));
      result.put("cellsShown", cells[0]);
      result.put("countsRebuildMs", decimals(rebuildMs, 2));
      result.put("heatGrid", timing(grid));
      result.put("heatGridLastYear", timing(gridYear));
      Map<String, Object> firstPage = new LinkedHashMap<>();
      firstPage.put("items", listed[0]);
      firstPage.putAll(timing(list));
      result.put("listFirstPage", firstPage);
      result.put("processors", Runtime.getRuntime().availableProcessors());
      out.println(JSON.writeValueAsString(result));
      return 0;
    } catch (Exception e) {
      err.println("place-bench: " + e);
      return 1;
    }
  }

  /** Approved reports, clustered around a few centres like real reports are. */
  static void seed(JdbcClient jdbc, MunicipalityId municipality, int reports) {
    jdbc.sql("INSERT INTO municipality (municipality_id, code, name) VALUES (:m, '9999', 'Bench')")
        .param("m", municipality.value())
        .update();
    List<UUID> categories = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      UUID id = UUID.randomUUID();
      categories.add(id);
      jdbc.sql(
              """
              INSERT INTO place_category (category_id, municipality_id, code, kind, name_sv, name_en)
              VALUES (:id, :m, :code, 'UNSAFE', :code, :code)
              """)
          .param("id", id)
          .param("m", municipality.value())
          .param("code", "BENCH_" + i)
          .update();
    }
    jdbc.sql(
            """
            INSERT INTO place_report (report_id, municipality_id, category_id, latitude, longitude,
              time_of_day, description, public_text, flagged, status, receipt_token,
              private_token_hash, reported_at, decided_at)
            SELECT gen_random_uuid(), :m, (:cats::uuid[])[1 + (i % 6)],
              LEAST(58.449, GREATEST(58.151, (ARRAY[58.27, 58.36, 58.20, 58.31])[1 + (i % 4)]
                + (random() + random() + random() - 1.5) * 0.02)),
              LEAST(11.649, GREATEST(11.201, (ARRAY[11.43, 11.30, 11.52, 11.38])[1 + (i % 4)]
                + (random() + random() + random() - 1.5) * 0.04)),
              (ARRAY['DAY', 'EVENING', 'NIGHT'])[1 + (i % 3)],
              'Beskrivning ' || i, 'Godkänd text ' || i, false, 'PUBLISHED',
              gen_random_uuid(), md5(i::text || random()::text),
              now() - (i % 730) * interval '1 day', now()
            FROM generate_series(1, :n) AS i
            """)
        .param("m", municipality.value())
        .param("cats", categories.stream().map(UUID::toString).toArray(String[]::new))
        .param("n", reports)
        .update();
    jdbc.sql("ANALYZE place_report").update();
  }

  static double[] time(int warmup, int runs, Supplier<?> work) {
    for (int i = 0; i < warmup; i++) {
      work.get();
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
