package se.trygghetsdialog.opinion.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.opinion.ChooseVotingSteps;
import se.trygghetsdialog.opinion.OpinionConversations;
import se.trygghetsdialog.opinion.SeedStatement;
import se.trygghetsdialog.opinion.StatementId;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.bench.BenchBrowser;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code opinion-app-bench [--clients N] [--seconds S] [--statements M] [--participants P]
 * [--tick-statements K] [--ticks T] [--warmup W]}: starts the whole application on a random port
 * with a fresh embedded PostgreSQL in a temporary directory (demo data on) and measures opinion
 * mapping inside it:
 *
 * <ol>
 *   <li><b>ingest</b>: N clients (default 16) vote over HTTP for S seconds (default 20) the way the
 *       page does with htmx (POST with the CSRF token and the pseudonym cookie, the next
 *       statement's card as answer) on a dialogue of M statements (default 40), each client as a
 *       new participant after every M votes; then every vote answered 2xx is looked up in the
 *       table. With W seconds of warm-up (default 0) the same runs first on another dialogue, so
 *       that the measured seconds run compiled code; the CPU time per vote of the application,
 *       PostgreSQL and the bench's own clients is reported beside the rate;
 *   <li><b>tick</b>: a dialogue of P participants (default 10,000) × K statements (default 100)
 *       with every cell voted (1 M votes, inserted in SQL); one vote over HTTP makes the first
 *       (cold) update, then T (default 5) single votes of new participants each time the warm
 *       update: from the vote's answer to the stored result that counts it.
 * </ol>
 *
 * All clients come from one address, so the bench lifts the per-address vote limit. Prints one JSON
 * object; the application's logs go to standard error. Not a test: timings are never asserted.
 */
public final class OpinionAppBench {

  static final String COMMAND = "opinion-app-bench";

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
      int statements = option(args, "--statements", 40);
      int participants = option(args, "--participants", 10_000);
      int tickStatements = option(args, "--tick-statements", 100);
      int ticks = option(args, "--ticks", 5);
      int warmup = option(args, "--warmup", 0);
      dir = Files.createTempDirectory("opinion-app-bench");
      ConfigurableApplicationContext context =
          start.apply(
              new String[] {
                "--server.port=0",
                "--app.db.embedded.data-dir=" + dir.resolve("pg"),
                "--app.demo.enabled=true",
                "--app.rate-limit.opinion-vote.max-requests=1000000000",
                "--logging.level.root=WARN",
              });
      try {
        Map<String, Object> result = new LinkedHashMap<>();
        OpinionAppBench bench = new OpinionAppBench(context, dir.resolve("pg"));
        if (warmup > 0) {
          // The same ingest on its own dialogue first, so the measured one runs compiled code.
          result.put("warmup", bench.ingest(clients, warmup, statements));
        }
        result.put("ingest", bench.ingest(clients, seconds, statements));
        result.put("tick", bench.tick(participants, tickStatements, ticks));
        result.put("processors", Runtime.getRuntime().availableProcessors());
        result.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim());
        out.println(JsonMapper.builder().build().writeValueAsString(result));
        return 0;
      } finally {
        context.close();
      }
    } catch (NumberFormatException e) {
      System.err.println(
          "usage: "
              + COMMAND
              + " [--clients N] [--seconds S] [--statements M] [--participants P]"
              + " [--tick-statements K] [--ticks T] [--warmup W]");
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

  private final ConfigurableApplicationContext context;
  private final JdbcClient jdbc;
  private final MunicipalityId municipality;
  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final Path dataDir;

  private OpinionAppBench(ConfigurableApplicationContext context, Path dataDir) {
    this.context = context;
    this.dataDir = dataDir;
    this.jdbc = JdbcClient.create(context.getBean(DataSource.class));
    this.municipality = context.getBean(Municipalities.class).resolve("localhost").id();
    this.base =
        "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/";
  }

  /** A new dialogue with voting open now, and its statements. */
  private DialogueId dialogue(String title) {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    var board =
        context
            .getBean(Organisations.class)
            .register(municipality, "Bänknämnd " + unique, OrganisationKind.EXECUTIVE_BOARD, null);
    DialogueId id =
        context
            .getBean(CreateDialogue.class)
            .create(
                municipality,
                new CreateDialogue.Input(
                    UUID.randomUUID(),
                    title + " " + unique,
                    "Vad gör kommunen tryggare?",
                    null,
                    TopicOrigin.OFFICIAL,
                    "",
                    board.id(),
                    LocalDate.now(),
                    "§ 1",
                    "KS 2026/" + unique),
                null);
    context
        .getBean(ChooseVotingSteps.class)
        .choose(
            municipality,
            id,
            java.util.EnumSet.of(DialogueStep.PREPARATION, DialogueStep.PERSPECTIVES));
    return id;
  }

  private List<StatementId> statements(DialogueId dialogue, int count) {
    SeedStatement seed = context.getBean(SeedStatement.class);
    List<StatementId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(seed.seed(municipality, dialogue, "Påstående nummer " + (i + 1)));
    }
    return ids;
  }

  private static String pathOf(DialogueId dialogue) {
    return "dialoger/" + dialogue.value() + "/pastaenden";
  }

  /** One resident's browser: the CSRF cookie and token, and the pseudonym cookie once voted. */
  private final class Browser extends BenchBrowser {
    final String path;

    Browser(DialogueId dialogue) throws IOException, InterruptedException {
      super(http, URI.create(base + pathOf(dialogue)), Set.of("statementId"));
      path = pathOf(dialogue);
    }

    /** Votes with htmx; returns the HTTP status. */
    int vote(StatementId statement, String vote) throws IOException, InterruptedException {
      String form =
          "statementId="
              + statement.value()
              + "&vote="
              + vote
              + "&"
              + tokenName
              + "="
              + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8);
      return send(HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("HX-Request", "true")
              .POST(HttpRequest.BodyPublishers.ofString(form)))
          .statusCode();
    }

    /** Forgets the pseudonym: the next vote makes a new participant. */
    void newParticipant() {
      cookies.remove("opinion_pseudonym");
    }

    String pseudonym() {
      return cookies.getOrDefault("opinion_pseudonym", "");
    }
  }

  private static final String[] VOTES = {"AGREE", "DISAGREE", "PASS"};

  private Map<String, Object> ingest(int clients, int seconds, int statementCount)
      throws Exception {
    DialogueId dialogue = dialogue("Bänk för röster");
    List<StatementId> statements = statements(dialogue, statementCount);
    // Expected rows: participant, statement, vote of every vote answered 2xx.
    OpinionConversations conversations = context.getBean(OpinionConversations.class);
    Set<String> expected = ConcurrentHashMap.newKeySet();
    AtomicLong ok = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    Cpu before = cpu();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      done.add(
          pool.submit(
              () -> {
                Random random = new Random(client);
                Browser browser = new Browser(dialogue);
                while (System.nanoTime() < end) {
                  browser.newParticipant();
                  int group = random.nextInt(3);
                  List<StatementId> order = new ArrayList<>(statements);
                  java.util.Collections.shuffle(order, random);
                  Map<StatementId, String> cast = new LinkedHashMap<>();
                  for (StatementId s : order) {
                    if (System.nanoTime() >= end) {
                      break;
                    }
                    int j = statements.indexOf(s);
                    String vote =
                        random.nextDouble() < 0.1
                            ? VOTES[random.nextInt(3)]
                            : (j % 3 == group ? "AGREE" : "DISAGREE");
                    int status;
                    try {
                      status = browser.vote(s, vote);
                    } catch (IOException e) {
                      failed.incrementAndGet();
                      continue;
                    }
                    if (status / 100 == 2) {
                      ok.incrementAndGet();
                      cast.put(s, vote);
                    } else {
                      refused.incrementAndGet();
                    }
                  }
                  String who =
                      conversations
                          .participant(municipality, dialogue, browser.pseudonym())
                          .map(p -> p.value().toString())
                          .orElse("none");
                  cast.forEach((s, v) -> expected.add(who + "/" + s.value() + "/" + v));
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Cpu used = cpu().minus(before);
    pool.shutdown();
    Set<String> stored =
        new HashSet<>(
            jdbc.sql(
                    """
                    SELECT v.participant_id || '/' || v.statement_id || '/' || v.vote
                      FROM opinion_vote v
                     WHERE v.municipality_id = :m AND v.dialogue_id = :d
                    """)
                .param("m", municipality.value())
                .param("d", dialogue.value())
                .query(String.class)
                .list());
    long missing = expected.stream().filter(e -> !stored.contains(e)).count();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("clients", clients);
    out.put("seconds", Math.round(elapsed * 100) / 100.0);
    out.put("statements", statementCount);
    out.put("votes2xx", ok.get());
    out.put("votesNot2xx", refused.get());
    out.put("connectionErrors", failed.get());
    out.put("votesPerSecond", Math.round(ok.get() / elapsed));
    out.put("expectedRows", expected.size());
    out.put("storedRows", stored.size());
    out.put("missing2xxVotes", missing);
    out.put("cpuMillisPerVote", used.perVote(ok.get()));
    return out;
  }

  /**
   * CPU time used so far, in milliseconds: this whole process (JIT compilation and garbage
   * collection included), its request threads (Tomcat's, which serve the votes), the recompute
   * worker, the bench's client threads, and the embedded PostgreSQL (its postmaster, the children
   * it reaped and its live backends).
   */
  private record Cpu(
      double process, double requests, double recompute, double clients, double postgres) {
    Cpu minus(Cpu e) {
      return new Cpu(
          process - e.process,
          requests - e.requests,
          recompute - e.recompute,
          clients - e.clients,
          postgres - e.postgres);
    }

    Map<String, Object> perVote(long votes) {
      Map<String, Object> out = new LinkedHashMap<>();
      double n = Math.max(1, votes);
      out.put("requestThreads", round(requests / n));
      out.put("recomputeWorker", round(recompute / n));
      out.put("postgres", round(postgres / n));
      // JIT compilation, garbage collection and the rest of the process.
      out.put("jitGcAndOther", round((process - requests - recompute - clients) / n));
      out.put("benchClients", round(clients / n));
      double serving = (requests + recompute + postgres) / n;
      out.put("servingTotal", round(serving));
      // What serving alone would allow with every processor to itself (no JIT left, no clients).
      out.put(
          "votesPerSecondIfAlone",
          Math.round(Runtime.getRuntime().availableProcessors() * 1000 / Math.max(1e-9, serving)));
      return out;
    }

    private static double round(double v) {
      return Math.round(v * 1000) / 1000.0;
    }
  }

  private Cpu cpu() {
    double tick = 1000.0 / 100; // USER_HZ: 100 ticks a second on Linux
    double process = ticks(Path.of("/proc/self/stat"), false) * tick;
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long requestNanos = 0;
    long recomputeNanos = 0;
    long clientNanos = 0;
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      String name = info.getThreadName();
      long nanos = Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      if (name.startsWith("http-nio-")) {
        requestNanos += nanos;
      } else if (name.startsWith("opinion-recompute")) {
        recomputeNanos += nanos;
      } else if (name.startsWith("pool-") || name.startsWith("HttpClient-")) {
        clientNanos += nanos;
      }
    }
    double postgres = 0;
    try {
      long postmaster =
          Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
      postgres += ticks(Path.of("/proc/" + postmaster + "/stat"), true) * tick;
      try (var procs = Files.list(Path.of("/proc"))) {
        for (Path proc : procs.filter(q -> q.getFileName().toString().matches("\\d+")).toList()) {
          String[] f = statFields(proc.resolve("stat"));
          if (f.length > 15 && f[1].equals(Long.toString(postmaster))) {
            postgres += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      postgres = Double.NaN; // not Linux, or the server is not where the bench started it
    }
    return new Cpu(process, requestNanos / 1e6, recomputeNanos / 1e6, clientNanos / 1e6, postgres);
  }

  /** utime + stime (+ cutime + cstime) of a /proc/PID/stat, in clock ticks; 0 if it is gone. */
  private static long ticks(Path stat, boolean children) {
    String[] f = statFields(stat);
    if (f.length < 15) {
      return 0;
    }
    long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    return children ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
  }

  /** The fields of a /proc/PID/stat after the command name: [0] state, [1] ppid, [11] utime ... */
  private static String[] statFields(Path stat) {
    try {
      String text = Files.readString(stat);
      return text.substring(text.lastIndexOf(')') + 2).trim().split(" ");
    } catch (IOException | RuntimeException e) {
      return new String[0];
    }
  }

  private Map<String, Object> tick(int participants, int statementCount, int ticks)
      throws Exception {
    DialogueId dialogue = dialogue("Bänk för en miljon röster");
    statements(dialogue, statementCount);
    long t0 = System.nanoTime();
    jdbc.sql(
            """
            INSERT INTO opinion_participant
                (participant_id, municipality_id, dialogue_id, number, pseudonym_hash)
            SELECT gen_random_uuid(), :m, :d, i, NULL FROM generate_series(1, :n) AS i
            """)
        .param("m", municipality.value())
        .param("d", dialogue.value())
        .param("n", participants)
        .update();
    jdbc.sql(
            """
            UPDATE opinion_conversation SET next_participant_number = :n + 1
             WHERE municipality_id = :m AND dialogue_id = :d
            """)
        .param("m", municipality.value())
        .param("d", dialogue.value())
        .param("n", participants)
        .update();
    // Three planted groups: group g agrees with statements whose number modulo 3 is g, mostly.
    jdbc.sql(
            """
            INSERT INTO opinion_vote
                (municipality_id, dialogue_id, participant_id, statement_id, vote, voted_at)
            SELECT :m, :d, p.participant_id, s.statement_id,
                   CASE WHEN random() < 0.1 THEN (ARRAY['AGREE','DISAGREE','PASS'])[1 + (p.number % 3)]
                        WHEN p.number % 3 = s.number % 3 THEN 'AGREE' ELSE 'DISAGREE' END,
                   now()
              FROM opinion_participant p
              JOIN opinion_statement s ON s.municipality_id = p.municipality_id
                                      AND s.dialogue_id = p.dialogue_id
             WHERE p.municipality_id = :m AND p.dialogue_id = :d
            """)
        .param("m", municipality.value())
        .param("d", dialogue.value())
        .update();
    jdbc.sql("ANALYZE opinion_vote").update();
    long stored = (long) participants * statementCount;
    double insertSeconds = (System.nanoTime() - t0) / 1e9;
    System.err.println(COMMAND + ": " + stored + " votes inserted in " + insertSeconds + " s");

    List<StatementId> ids =
        jdbc.sql(
                "SELECT statement_id FROM opinion_statement WHERE dialogue_id = :d ORDER BY number")
            .param("d", dialogue.value())
            .query((rs, row) -> new StatementId(rs.getObject(1, UUID.class)))
            .list();
    double cold = voteAndAwaitResult(dialogue, ids.get(0), stored + 1);
    double[] warm = new double[ticks];
    for (int i = 0; i < ticks; i++) {
      warm[i] = voteAndAwaitResult(dialogue, ids.get(1 + i % (ids.size() - 1)), stored + 2 + i);
    }
    double[] sorted = warm.clone();
    Arrays.sort(sorted);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("participants", participants);
    out.put("statements", statementCount);
    out.put("storedVotes", stored);
    out.put("insertSeconds", Math.round(insertSeconds * 10) / 10.0);
    out.put("coldMillis", Math.round(cold));
    out.put("warmMillis", Arrays.stream(warm).map(Math::round).toArray());
    out.put("warmMedianMillis", Math.round(sorted[sorted.length / 2]));
    out.put("warmMaxMillis", Math.round(sorted[sorted.length - 1]));
    return out;
  }

  /**
   * One new participant's vote over HTTP; milliseconds from its answer until the stored result
   * counts {@code votes} votes.
   */
  private double voteAndAwaitResult(DialogueId dialogue, StatementId statement, long votes)
      throws Exception {
    Browser browser = new Browser(dialogue);
    int status = browser.vote(statement, "AGREE");
    long answered = System.nanoTime();
    if (status / 100 != 2) {
      throw new IllegalStateException("vote answered " + status);
    }
    while (true) {
      Long counted =
          jdbc.sql(
                  "SELECT vote_count FROM opinion_result WHERE municipality_id = :m"
                      + " AND dialogue_id = :d")
              .param("m", municipality.value())
              .param("d", dialogue.value())
              .query(Long.class)
              .optional()
              .orElse(0L);
      if (counted >= votes) {
        return (System.nanoTime() - answered) / 1e6;
      }
      if ((System.nanoTime() - answered) / 1e9 > 300) {
        throw new IllegalStateException("no result after 300 s");
      }
      Thread.sleep(5);
    }
  }
}
