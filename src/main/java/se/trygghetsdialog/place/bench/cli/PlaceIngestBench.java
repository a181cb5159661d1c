package se.trygghetsdialog.place.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.place.web.FormTimer;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.bench.BenchBrowser;
import se.trygghetsdialog.tenancy.Municipalities;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code place-ingest-bench [--clients N] [--seconds S] [--warmup W] [--receipt-page]}: starts the
 * whole application on a random port with a fresh embedded PostgreSQL in a temporary directory
 * (demo data on) and lets N clients (default 16) send place reports over HTTP the way the form does
 * (POST of the form fields with the CSRF token, a fill-time stamp and the honeypot left empty):
 * first for W seconds (default 10) to warm the JVM up, not timed, then for S seconds (default 20),
 * timed. Then every report answered with the receipt redirect, warm-up included, is looked up in
 * the table by its receipt token.
 *
 * <p>A resident fetches the form before sending it; the bench mints the form's fill-time stamps
 * with the application's own {@link FormTimer} instead, so that it times the writes, not the form
 * page. The receipt page is not fetched either (unless {@code --receipt-page}); the one-time notice
 * cookie that page would use up is dropped instead, as a resident's browser would have it after the
 * page: a client that kept it would send a cookie grown by every report. All clients come from one
 * address, so the bench lifts the per-address report limit for its own run. What the bench changes
 * is printed under {@code conditions}. Prints one JSON object; the application's logs go to
 * standard error. Not a test: timings are never asserted.
 */
public final class PlaceIngestBench {

  static final String COMMAND = "place-ingest-bench";

  private static final Pattern RECEIPT = Pattern.compile("/rapportera/kvitto/([0-9a-f-]{36})$");

  /** The name of the bench's client threads (their CPU time is counted apart). */
  private static final String CLIENT_THREAD = "bench-client-";

  /** The one-time notice cookie ({@code shared.web.CookieFlashMapManager}). */
  private static final String FLASH_COOKIE = "td-flash";

  /** The report limit per address during the bench: all its clients share one address. */
  private static final int BENCH_REPORT_LIMIT = 1_000_000_000;

  private static final Set<String> FORM_FIELDS =
      Set.of("startedAt", "kampanj", "allowDuplicate", "placeName", "reportId");

  private static final String[] DESCRIPTIONS = {
    "Trasig belysning vid gångvägen mot skolan.",
    "Mörkt och buskigt vid busshållplatsen på kvällen.",
    "Nedskräpat vid återvinningsstationen.",
    "Otrygg passage under bron, ingen belysning.",
    "Bilar kör fort förbi lekplatsen.",
  };

  public static boolean handles(String command) {
    return COMMAND.equals(command);
  }

  static int option(String[] args, String name, int fallback) {
    return BenchBrowser.option(args, name, fallback);
  }

  /**
   * Runs the command; {@code start} starts the application with the given arguments. Standard
   * output gets only the JSON.
   */
  public static int run(String[] args, Function<String[], ConfigurableApplicationContext> start) {
    PrintStream out = System.out;
    System.setOut(System.err);
    Path dir = null;
    try {
      int clients = option(args, "--clients", 16);
      int seconds = option(args, "--seconds", 20);
      int warmup = option(args, "--warmup", 10);
      boolean receiptPage = List.of(args).contains("--receipt-page");
      dir = Files.createTempDirectory("place-ingest-bench");
      ConfigurableApplicationContext context =
          start.apply(
              new String[] {
                "--server.port=0",
                "--app.db.embedded.data-dir=" + dir.resolve("pg"),
                "--app.demo.enabled=true",
                "--app.rate-limit.place-report.max-requests=" + BENCH_REPORT_LIMIT,
                "--logging.level.root=WARN",
              });
      try {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(
            "conditions",
            Map.of(
                "rateLimit",
                "place-report limited to "
                    + BENCH_REPORT_LIMIT
                    + " per window for this run only (all clients share one address)",
                "receiptPage",
                receiptPage
                    ? "fetched after every accepted report"
                    : "not fetched; its one-time notice cookie dropped",
                "warmupSeconds",
                warmup));
        result.put(
            "ingest",
            new PlaceIngestBench(context, receiptPage, dir.resolve("pg").toString())
                .ingest(clients, warmup, seconds));
        result.put("processors", Runtime.getRuntime().availableProcessors());
        result.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim());
        out.println(JsonMapper.builder().build().writeValueAsString(result));
        return 0;
      } finally {
        context.close();
      }
    } catch (NumberFormatException e) {
      System.err.println(
          "usage: " + COMMAND + " [--clients N] [--seconds S] [--warmup W] [--receipt-page]");
      return 2;
    } catch (Exception e) {
      e.printStackTrace(System.err);
      return 1;
    } finally {
      System.setOut(out);
      if (dir != null) {
        FileSystemUtils.deleteRecursively(dir.toFile());
      }
    }
  }

  private final JdbcClient jdbc;
  private final MunicipalityId municipality;
  private final MapSettings bounds;
  private final List<UUID> categories;
  private final FormTimer timer;
  private final String base;
  private final boolean receiptPage;
  private final String dataDirectory;

  /** Answers other than the receipt redirect, by status (a form shown again answers 200). */
  private final Map<Integer, Long> notAccepted = new ConcurrentHashMap<>();

  private final AtomicLong receiptPagesFailed = new AtomicLong();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private PlaceIngestBench(
      ConfigurableApplicationContext context, boolean receiptPage, String dataDirectory) {
    this.dataDirectory = dataDirectory;
    this.receiptPage = receiptPage;
    this.jdbc = JdbcClient.create(context.getBean(DataSource.class));
    this.municipality = context.getBean(Municipalities.class).resolve("localhost").id();
    this.bounds = context.getBean(PlaceSettings.class).of(municipality);
    PlaceCategories all = context.getBean(PlaceCategories.class);
    // Only categories a resident can pick (a top-level category with sub-categories is not).
    this.categories =
        all.all(municipality).stream()
            .map(PlaceCategory::id)
            .filter(id -> all.reportable(municipality, id).isPresent())
            .toList();
    this.timer = context.getBean(FormTimer.class);
    this.base =
        "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/";
  }

  /** One resident's browser: the CSRF cookie and the form's token. */
  private final class Browser extends BenchBrowser {

    Browser() throws IOException, InterruptedException {
      super(http, URI.create(base + "rapportera?lang=sv"), FORM_FIELDS);
    }

    /** Sends one report; the receipt token when it was taken, else null. */
    String report(Random random, int n) throws IOException, InterruptedException {
      double lat =
          bounds.minLatitude()
              + (0.1 + 0.8 * random.nextDouble()) * (bounds.maxLatitude() - bounds.minLatitude());
      double lon =
          bounds.minLongitude()
              + (0.1 + 0.8 * random.nextDouble()) * (bounds.maxLongitude() - bounds.minLongitude());
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("latitude", String.valueOf(lat));
      fields.put("longitude", String.valueOf(lon));
      fields.put("categoryId", categories.get(random.nextInt(categories.size())).toString());
      fields.put("timeOfDay", "EVENING");
      // No digits: screening would take a long number for personal data and ask to confirm.
      fields.put("description", DESCRIPTIONS[n % DESCRIPTIONS.length]);
      fields.put("allowDuplicate", "yes");
      fields.put("website", "");
      fields.put("startedAt", timer.issue(Instant.now().minusSeconds(30)));
      fields.put(tokenName, token);
      StringBuilder form = new StringBuilder();
      fields.forEach(
          (k, v) ->
              form.append(form.isEmpty() ? "" : "&")
                  .append(k)
                  .append('=')
                  .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(URI.create(base + "rapportera"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
      if (response.statusCode() / 100 != 3) {
        notAccepted.merge(response.statusCode(), 1L, Long::sum);
        return null;
      }
      String location = response.headers().firstValue("location").orElse("");
      if (receiptPage) {
        HttpResponse<String> page =
            send(HttpRequest.newBuilder(URI.create(base).resolve(location)));
        if (page.statusCode() != 200) {
          receiptPagesFailed.incrementAndGet();
        }
      } else {
        cookies.remove(FLASH_COOKIE);
      }
      Matcher receipt = RECEIPT.matcher(location);
      return receipt.find() ? receipt.group(1) : null;
    }
  }

  /**
   * CPU time so far (nanoseconds) of the whole JVM, of the application's request threads and of the
   * bench's clients (its pool and the HTTP client), and the database's committed transactions.
   */
  private record Usage(long jvm, long requests, long clients, long commits, long database) {

    Map<String, Object> perReport(Usage later, long reports) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("jvmCpuMs", ms(later.jvm - jvm, reports));
      out.put("requestThreadsCpuMs", ms(later.requests - requests, reports));
      out.put("benchClientsCpuMs", ms(later.clients - clients, reports));
      out.put(
          "otherJvmCpuMs",
          ms((later.jvm - jvm) - (later.requests - requests) - (later.clients - clients), reports));
      out.put("databaseCommits", Math.round(100.0 * (later.commits - commits) / reports) / 100.0);
      if (database >= 0 && later.database >= 0) {
        out.put("databaseCpuMs", ms(later.database - database, reports));
      }
      return out;
    }

    private static double ms(long nanos, long reports) {
      return Math.round(nanos / 1e4 / reports) / 100.0;
    }
  }

  private Usage usage() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long requests = 0;
    long clients = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long cpu = Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      String name = info.getThreadName();
      if (name.startsWith("http-nio")) {
        requests += cpu;
      } else if (name.startsWith(CLIENT_THREAD) || name.startsWith("HttpClient")) {
        clients += cpu;
      }
    }
    long jvm =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    Long commits =
        jdbc.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
            .query(Long.class)
            .single();
    return new Usage(jvm, requests, clients, commits == null ? 0 : commits, databaseCpu());
  }

  /**
   * CPU time (nanoseconds) of the bench's PostgreSQL server and its backends, from {@code /proc}
   * (Linux): the process whose command line names the bench's data directory and its children; -1
   * where there is no {@code /proc}.
   */
  private long databaseCpu() {
    try (var processes = Files.list(Path.of("/proc"))) {
      Map<Long, long[]> stats = new java.util.HashMap<>();
      long server = -1;
      for (Path p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String stat = Files.readString(p.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long pid = Long.parseLong(p.getFileName().toString());
          // ppid, utime + stime in clock ticks (of 10 ms: USER_HZ is 100 on Linux)
          stats.put(
              pid,
              new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12])});
          if (server < 0 && Files.readString(p.resolve("cmdline")).contains(dataDirectory)) {
            server = pid;
          }
        } catch (IOException | RuntimeException e) {
          // gone meanwhile, or not readable
        }
      }
      long ticks = 0;
      for (Map.Entry<Long, long[]> e : stats.entrySet()) {
        if (e.getKey() == server || e.getValue()[0] == server) {
          ticks += e.getValue()[1];
        }
      }
      return server < 0 ? -1 : ticks * 10_000_000L;
    } catch (IOException e) {
      return -1;
    }
  }

  private Map<String, Object> ingest(int clients, int warmup, int seconds) throws Exception {
    Set<String> accepted = ConcurrentHashMap.newKeySet();
    AtomicLong refused = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong timedAccepted = new AtomicLong();
    AtomicLong lastDone = new AtomicLong();
    AtomicLong threadNumber = new AtomicLong();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            clients, r -> new Thread(r, CLIENT_THREAD + threadNumber.incrementAndGet()));
    List<Browser> browsers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      browsers.add(new Browser());
    }
    long start = System.nanoTime() + warmup * 1_000_000_000L;
    long end = start + seconds * 1_000_000_000L;
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Browser browser = browsers.get(c);
      done.add(
          pool.submit(
              () -> {
                Random random = new Random(client);
                int n = 0;
                while (System.nanoTime() < end) {
                  try {
                    String receipt = browser.report(random, client * 1_000_000 + n++);
                    if (receipt == null) {
                      refused.incrementAndGet();
                    } else {
                      accepted.add(receipt);
                      if (System.nanoTime() >= start) {
                        timedAccepted.incrementAndGet();
                      }
                    }
                  } catch (IOException e) {
                    failed.incrementAndGet();
                  }
                }
                lastDone.accumulateAndGet(System.nanoTime(), Math::max);
                return null;
              }));
    }
    // Every 5 seconds the reports accepted so far, on standard error: shows when the JVM is warm.
    long began = System.nanoTime();
    Usage before = null;
    while (!done.stream().allMatch(Future::isDone)) {
      long untilStart = (start - System.nanoTime()) / 1_000_000;
      Thread.sleep(before == null && untilStart > 0 ? Math.min(5_000, untilStart) : 5_000);
      if (before == null && System.nanoTime() >= start) {
        before = usage();
        continue;
      }
      System.err.printf(
          "%s: %.0f s, %d reports accepted%n",
          COMMAND, (System.nanoTime() - began) / 1e9, accepted.size());
    }
    for (Future<?> f : done) {
      f.get();
    }
    double elapsed = (lastDone.get() - start) / 1e9;
    Usage after = usage();
    pool.shutdown();
    Set<String> stored =
        new HashSet<>(
            jdbc.sql(
                    "SELECT receipt_token::text FROM place_report WHERE municipality_id = :m"
                        + " AND status = 'PENDING'")
                .param("m", municipality.value())
                .query(String.class)
                .list());
    long missing = accepted.stream().filter(r -> !stored.contains(r)).count();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("clients", clients);
    out.put("seconds", Math.round(elapsed * 100) / 100.0);
    out.put("reportsAcceptedTimed", timedAccepted.get());
    out.put("reportsAccepted", accepted.size());
    out.put("reportsNotAccepted", refused.get());
    out.put("notAcceptedByStatus", new TreeMap<>(notAccepted));
    out.put("connectionErrors", failed.get());
    out.put("reportsPerSecond", Math.round(timedAccepted.get() / elapsed));
    if (receiptPage) {
      out.put("receiptPagesFailed", receiptPagesFailed.get());
    }
    out.put("missingAcceptedReports", missing);
    if (before != null && timedAccepted.get() > 0) {
      out.put("perReportTimed", before.perReport(after, timedAccepted.get()));
    }
    return out;
  }
}
