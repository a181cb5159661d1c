package se.trygghetsdialog.opinion.clustering.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.trygghetsdialog.opinion.clustering.AdjustedRandIndex;
import se.trygghetsdialog.opinion.clustering.OpinionConfig;
import se.trygghetsdialog.opinion.clustering.OpinionEngine;
import se.trygghetsdialog.opinion.clustering.OpinionResult;
import se.trygghetsdialog.opinion.clustering.Repness;
import se.trygghetsdialog.opinion.clustering.SyntheticConversation;
import se.trygghetsdialog.opinion.clustering.VoteMatrix;

/**
 * Command-line entry points of the opinion-mapping engine, run before (and without) Spring.
 *
 * <ul>
 *   <li>{@code opinion-map --polis-export DIR [--repeat N]}: computes the opinion groups of a Polis
 *       export and prints one JSON object.
 *   <li>{@code opinion-bench --participants N --statements M --density D --groups K --signal
 *       strong|weak --seed S [--warm-tick-percent P] [--warm-repeats R] [--repeat N]}: generates a
 *       planted conversation, times a cold computation and a warm tick (median of R = 3 identical
 *       warm ticks, approximate when allowed, compared with an exact tick from the same state), and
 *       prints one JSON object.
 * </ul>
 *
 * <p>{@code --repeat N} (default 1) runs the same cold computation N times in one process: {@code
 * millis} holds the first run (JIT warm-up included), {@code fastestMillis} the fastest one.
 *
 * <p>Standard output carries exactly one JSON object; diagnostics go to standard error. Exit codes:
 * 0 success, 1 unreadable or malformed input, 2 usage error.
 */
public final class OpinionCli {

  static final String MAP = "opinion-map";
  static final String BENCH = "opinion-bench";

  /** Signal strength of {@code --signal strong}. */
  static final double STRONG = 1.0;

  /** Signal strength of {@code --signal weak}: groups barely separated, λ2/λ1 ≈ 0.99. */
  static final double WEAK = 0.1;

  private OpinionCli() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Whether {@code command} is one of this class's commands. */
  public static boolean handles(String command) {
    return MAP.equals(command) || BENCH.equals(command);
  }

  /**
   * Runs the command {@code args[0]} with its options, printing to {@link System#out} and {@link
   * System#err}.
   *
   * @return the process exit code
   */
  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || !handles(args[0])) {
      err.println(usage());
      return 2;
    }
    Map<String, String> options;
    try {
      options = parse(args);
    } catch (UsageException e) {
      err.println(args[0] + ": " + e.getMessage());
      err.println(usage());
      return 2;
    }
    try {
      return MAP.equals(args[0]) ? map(options, out, err) : bench(options, out, err);
    } catch (UsageException e) {
      err.println(args[0] + ": " + e.getMessage());
      err.println(usage());
      return 2;
    }
  }

  private static String usage() {
    return "usage: "
        + MAP
        + " --polis-export DIR [--repeat N]\n       "
        + BENCH
        + " --participants N --statements M --density D --groups K --signal strong|weak --seed S"
        + " [--warm-tick-percent P] [--warm-repeats R] [--repeat N]";
  }

  private static Map<String, String> parse(String[] args) throws UsageException {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new UsageException("unexpected argument '" + a + "'");
      }
      String key;
      String value;
      int eq = a.indexOf('=');
      if (eq > 0) {
        key = a.substring(2, eq);
        value = a.substring(eq + 1);
      } else {
        if (i + 1 >= args.length) {
          throw new UsageException("option " + a + " needs a value");
        }
        key = a.substring(2);
        value = args[++i];
      }
      if (options.put(key, value) != null) {
        throw new UsageException("option --" + key + " given twice");
      }
    }
    return options;
  }

  private static int map(Map<String, String> options, PrintStream out, PrintStream err)
      throws UsageException {
    allow(options, "polis-export", "repeat");
    String dir = require(options, "polis-export");
    int repeat = repeat(options);
    long t0 = System.nanoTime();
    PolisExport.Data data;
    try {
      data = PolisExport.read(Path.of(dir));
    } catch (CsvFormatException e) {
      err.println(MAP + ": " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println(MAP + ": cannot read " + e.getMessage());
      return 1;
    }
    long t1 = System.nanoTime();
    VoteMatrix x = data.matrix();
    err.println(
        MAP
            + ": "
            + x.participants()
            + " participants, "
            + x.statements()
            + " statements, "
            + x.votes()
            + " votes");
    OpinionEngine engine = new OpinionEngine(OpinionConfig.defaults());
    OpinionResult result = engine.compute(x);
    OpinionResult.Timings fastest = fastest(engine, x, result, repeat);
    Json json = new Json().beginObject();
    json.key("participants").value(x.participants());
    json.key("statements").value(x.statements());
    json.key("votes").value(x.votes());
    int clustered = 0;
    for (boolean b : result.clustered()) {
      if (b) {
        clustered++;
      }
    }
    json.key("clustered").value(clustered);
    json.key("groups").beginArray();
    for (int g = 0; g < result.groupCount(); g++) {
      json.beginObject().key("id").value(g).key("members").beginArray();
      for (int r = 0; r < x.participants(); r++) {
        if (result.group()[r] == g) {
          json.value(x.participantId(r));
        }
      }
      json.endArray().endObject();
    }
    json.endArray();
    json.key("consensus").beginObject();
    json.key("agree").beginArray();
    for (int j : result.consensus().agree()) {
      json.value(x.statementId(j));
    }
    json.endArray().key("disagree").beginArray();
    for (int j : result.consensus().disagree()) {
      json.value(x.statementId(j));
    }
    json.endArray().endObject();
    json.key("repness").beginObject();
    List<List<Repness.Statement>> repness = result.repness();
    for (int g = 0; g < repness.size(); g++) {
      json.key(Integer.toString(g)).beginArray();
      for (Repness.Statement s : repness.get(g)) {
        json.beginObject()
            .key("statement")
            .value(x.statementId(s.column()))
            .key("direction")
            .value(s.agree() ? "agree" : "disagree")
            .key("nSuccess")
            .value(s.successes())
            .key("nTrials")
            .value(s.trials())
            .key("pSuccess")
            .value(s.pSuccess())
            .key("pTest")
            .value(s.pTest())
            .key("repness")
            .value(s.repness())
            .key("repnessTest")
            .value(s.repnessTest())
            .key("bestAgree")
            .value(s.bestAgree())
            .endObject();
      }
      json.endArray();
    }
    json.endObject();
    OpinionResult.Timings t = result.timings();
    json.key("millis").beginObject();
    json.key("read").value(round((t1 - t0) / 1e6));
    timings(json, t);
    json.endObject();
    json.key("repeat").value(repeat);
    json.key("fastestMillis").beginObject();
    timings(json, fastest);
    json.endObject();
    json.key("pcaIterations").value(result.pca().blockProducts());
    json.endObject();
    out.println(json);
    out.flush();
    return 0;
  }

  private static int repeat(Map<String, String> options) throws UsageException {
    return options.containsKey("repeat") ? (int) positive(options, "repeat", 1000) : 1;
  }

  /**
   * The timings of the fastest of {@code repeat} cold computations of {@code x}, the first of which
   * ({@code first}) has already run.
   */
  private static OpinionResult.Timings fastest(
      OpinionEngine engine, VoteMatrix x, OpinionResult first, int repeat) {
    OpinionResult.Timings best = first.timings();
    for (int i = 1; i < repeat; i++) {
      OpinionResult.Timings t = engine.compute(x).timings();
      if (t.total() < best.total()) {
        best = t;
      }
    }
    return best;
  }

  private static double oneMinusCos(double[] a, double[] b) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return aa == 0 || bb == 0 ? 0 : 1 - Math.abs(ab) / Math.sqrt(aa * bb);
  }

  private static void timings(Json json, OpinionResult.Timings t) {
    json.key("pca").value(round(t.pca()));
    json.key("projection").value(round(t.projection()));
    json.key("base").value(round(t.base()));
    json.key("groups").value(round(t.groups()));
    json.key("repness").value(round(t.repness()));
    json.key("total").value(round(t.total()));
  }

  private static double processCpuMillis() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e6;
    }
    return Double.NaN;
  }

  private static double round(double ms) {
    return Math.round(ms * 10) / 10.0;
  }

  private static int bench(Map<String, String> options, PrintStream out, PrintStream err)
      throws UsageException {
    allow(
        options,
        "participants",
        "statements",
        "density",
        "groups",
        "signal",
        "seed",
        "warm-tick-percent",
        "warm-repeats",
        "repeat");
    int n = (int) positive(options, "participants", Integer.MAX_VALUE);
    int m = (int) positive(options, "statements", VoteMatrix.MAX_STATEMENTS);
    double density = number(options, "density", 0, 1);
    int k = (int) positive(options, "groups", 50);
    String signalName = require(options, "signal");
    double signal =
        switch (signalName) {
          case "strong" -> STRONG;
          case "weak" -> WEAK;
          default -> throw new UsageException("--signal must be strong or weak");
        };
    long seed;
    try {
      seed = Long.parseLong(require(options, "seed"));
    } catch (NumberFormatException e) {
      throw new UsageException("--seed must be an integer");
    }
    int repeat = repeat(options);
    double warmPercent =
        options.containsKey("warm-tick-percent") ? number(options, "warm-tick-percent", 0, 100) : 1;

    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long g0 = System.nanoTime();
    SyntheticConversation.Planted planted =
        SyntheticConversation.generate(n, m, density, k, signal, seed);
    VoteMatrix x = planted.matrix();
    long g1 = System.nanoTime();
    err.println(BENCH + ": generated " + x.votes() + " votes in " + (g1 - g0) / 1_000_000 + " ms");

    OpinionEngine engine = new OpinionEngine(OpinionConfig.defaults());
    double c0 = processCpuMillis();
    OpinionResult cold = engine.compute(x);
    double coldCpu = processCpuMillis() - c0;
    err.println(BENCH + ": cold total " + round(cold.timings().total()) + " ms");
    OpinionResult.Timings fastest = fastest(engine, x, cold, repeat);

    int clustered = 0;
    for (boolean b : cold.clustered()) {
      if (b) {
        clustered++;
      }
    }
    int[] found = new int[clustered];
    int[] truth = new int[clustered];
    int c = 0;
    for (int r = 0; r < x.participants(); r++) {
      if (cold.clustered()[r]) {
        found[c] = cold.group()[r];
        truth[c] = planted.group()[r];
        c++;
      }
    }
    double ari = AdjustedRandIndex.of(found, truth);
    long peakCold = peakHeap();
    double bytesPerVote = (double) x.bytes() / Math.max(1, x.votes());

    OpinionResult warm = null;
    OpinionResult exact = null;
    double warmCpu = 0;
    double exactCpu = 0;
    int warmRepeats =
        options.containsKey("warm-repeats") ? (int) positive(options, "warm-repeats", 100) : 3;
    double[] warmAll = new double[warmRepeats];
    if (warmPercent > 0) {
      VoteMatrix before =
          SyntheticConversation.withoutFraction(x, warmPercent / (100 + warmPercent), seed);
      OpinionResult earlier = engine.compute(before);
      // The same warm tick, repeated: the first one in a JVM also JIT-compiles the code paths
      // that only warm ticks use; the median is reported.
      OpinionResult[] runs = new OpinionResult[warmRepeats];
      double[] cpus = new double[warmRepeats];
      for (int i = 0; i < warmRepeats; i++) {
        c0 = processCpuMillis();
        runs[i] = engine.compute(x, earlier.state());
        cpus[i] = processCpuMillis() - c0;
        warmAll[i] = runs[i].timings().total();
        err.println(BENCH + ": warm tick " + round(warmAll[i]) + " ms");
      }
      Integer[] order = new Integer[warmRepeats];
      for (int i = 0; i < warmRepeats; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Double.compare(warmAll[a], warmAll[b]));
      warm = runs[order[warmRepeats / 2]];
      double[] sortedCpu = cpus.clone();
      java.util.Arrays.sort(sortedCpu);
      warmCpu = sortedCpu[warmRepeats / 2];
      // The exact tick from the same state, to compare an approximate tick with.
      OpinionEngine exactEngine =
          new OpinionEngine(
              engine.config().withApproximateWarmTicks(0, engine.config().warmResidualBound()));
      c0 = processCpuMillis();
      exact = exactEngine.compute(x, earlier.state());
      exactCpu = processCpuMillis() - c0;
    }

    Json json = new Json().beginObject();
    json.key("participants").value(n);
    json.key("statements").value(m);
    json.key("density").value(density);
    json.key("groups").value(k);
    json.key("signal").value(signalName);
    json.key("seed").value(seed);
    json.key("votes").value(x.votes());
    json.key("clustered").value(clustered);
    json.key("millis").beginObject();
    json.key("generate").value(round((g1 - g0) / 1e6));
    timings(json, cold.timings());
    if (warm != null) {
      json.key("warmTick").value(round(warm.timings().total()));
    }
    json.endObject();
    json.key("repeat").value(repeat);
    json.key("fastestMillis").beginObject();
    timings(json, fastest);
    json.endObject();
    json.key("pcaIterations").value(cold.pca().blockProducts());
    json.key("pcaBlockSize").value(engine.config().pcaBlockSize());
    json.key("pcaConverged").value(cold.pca().converged());
    json.key("eigenvalueRatio").value(cold.pca().eigenvalue2() / cold.pca().eigenvalue1());
    if (warm != null) {
      json.key("warmTickPercent").value(warmPercent);
      json.key("warmTicksAll").beginArray();
      for (double v : warmAll) {
        json.value(round(v));
      }
      json.endArray();
      json.key("warmPcaIterations").value(warm.pca().blockProducts());
      json.key("warmTickMillis").beginObject();
      timings(json, warm.timings());
      json.endObject();
      // CPU time of the whole process (all threads, JIT and GC included) during each computation:
      // far less sensitive than wall time to other jobs on a shared machine.
      json.key("cpuMillis").beginObject();
      json.key("cold").value(round(coldCpu));
      json.key("warmTick").value(round(warmCpu));
      json.key("exactWarmTick").value(round(exactCpu));
      json.endObject();
      // The approximate warm tick against the exact tick from the same state and the cold run.
      json.key("warmApproximate").value(warm.pca().approximate());
      json.key("warmResidual").value(warm.pca().warmResidual());
      json.key("exactWarmTickMillis").value(round(exact.timings().total()));
      json.key("exactWarmPcaIterations").value(exact.pca().blockProducts());
      json.key("warmVsExactAri").value(AdjustedRandIndex.of(warm.group(), exact.group()));
      json.key("warmVsColdAri").value(AdjustedRandIndex.of(warm.group(), cold.group()));
      json.key("warmOneMinusCos").beginArray();
      json.value(oneMinusCos(warm.pca().pc1(), cold.pca().pc1()));
      json.value(oneMinusCos(warm.pca().pc2(), cold.pca().pc2()));
      json.endArray();
    }
    json.key("foundGroups").value(cold.groupCount());
    json.key("peakHeapBytesCold").value(peakCold);
    json.key("peakHeapBytes").value(peakHeap());
    json.key("matrixBytes").value(x.bytes());
    json.key("bytesPerVote").value(Math.round(bytesPerVote * 1000) / 1000.0);
    json.key("ari").value(Math.round(ari * 1e6) / 1e6);
    json.endObject();
    out.println(json);
    out.flush();
    return 0;
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static void allow(Map<String, String> options, String... names) throws UsageException {
    for (String key : options.keySet()) {
      if (!List.of(names).contains(key)) {
        throw new UsageException("unknown option --" + key);
      }
    }
  }

  private static String require(Map<String, String> options, String name) throws UsageException {
    String v = options.get(name);
    if (v == null || v.isBlank()) {
      throw new UsageException("missing --" + name);
    }
    return v;
  }

  private static long positive(Map<String, String> options, String name, long max)
      throws UsageException {
    try {
      long v = Long.parseLong(require(options, name));
      if (v < 1 || v > max) {
        throw new UsageException("--" + name + " must be between 1 and " + max);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be an integer");
    }
  }

  private static double number(Map<String, String> options, String name, double min, double max)
      throws UsageException {
    try {
      double v = Double.parseDouble(require(options, name));
      if (!(v > min && v <= max) && !(min == 0 && v == 0 && name.startsWith("warm"))) {
        throw new UsageException("--" + name + " must be in (" + min + ", " + max + "]");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a number");
    }
  }

  /** Bad command-line usage (exit code 2). */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
