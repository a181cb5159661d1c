package se.trygghetsdialog.opinion.clustering;

import java.util.SplittableRandom;

/**
 * Seeded generator of conversations with planted opinion groups (§3.1 of the specification).
 *
 * <p>Group shares are fixed per K (e.g. 0.5/0.3/0.2 for three groups). Each statement is a
 * consensus statement with probability 0.25 (all groups share one lean), otherwise every group
 * leans agree, disagree or split independently; a leaning group agrees with probability {@code 0.5
 * ± signal·U(0.35, 0.40)} of its non-pass votes, and each statement has a pass probability {@code
 * U(0.05, 0.20)}. Votes per participant are log-normal (σ = 0.8) with mean {@code density ·
 * statements}, clipped to {@code [1, statements]}, on uniformly chosen statements. The same
 * arguments always give the same matrix, independent of the thread count.
 */
public final class SyntheticConversation {

  private static final int ROWS_PER_CHUNK = 2048;
  private static final double SIGMA = 0.8;

  /** The generated matrix and each participant row's planted group. */
  public record Planted(VoteMatrix matrix, int[] group) {}

  private SyntheticConversation() {}

  /** Group shares used for {@code k} planted groups. */
  public static double[] shares(int k) {
    return switch (k) {
      case 1 -> new double[] {1};
      case 2 -> new double[] {0.6, 0.4};
      case 3 -> new double[] {0.5, 0.3, 0.2};
      case 4 -> new double[] {0.4, 0.3, 0.2, 0.1};
      case 5 -> new double[] {0.3, 0.25, 0.2, 0.15, 0.1};
      default -> {
        double[] s = new double[k];
        java.util.Arrays.fill(s, 1.0 / k);
        yield s;
      }
    };
  }

  /**
   * Generates a conversation.
   *
   * @param signal group separation in [0, 1]; 1 gives P(agree) of 0.85–0.90 for a leaning group
   */
  public static Planted generate(
      int participants, int statements, double density, int groups, double signal, long seed) {
    return generate(participants, statements, density, groups, signal, seed, 0);
  }

  /**
   * Generates a conversation with {@code outliers} extreme participants among the {@code
   * participants}: the last {@code outliers} rows vote on every statement, each exactly as the lean
   * of planted group {@code i mod groups} says (agree, disagree, or pass where the group is split),
   * with no noise. Their planted group is the one they follow. In the projection they lie far
   * beyond their group (all votes, no noise), which is what makes a farthest-point start or the
   * silhouette isolate them.
   */
  public static Planted generate(
      int participants,
      int statements,
      double density,
      int groups,
      double signal,
      long seed,
      int outliers) {
    if (statements > VoteMatrix.MAX_STATEMENTS
        || statements < 1
        || participants < 1
        || outliers < 0
        || outliers > participants) {
      throw new IllegalArgumentException("unsupported size");
    }
    int m = statements;
    int n = participants;
    int firstOutlier = n - outliers;
    SplittableRandom global = new SplittableRandom(seed);
    float[] pAgree = new float[groups * m];
    float[] pPass = new float[m];
    for (int j = 0; j < m; j++) {
      pPass[j] = (float) (0.05 + 0.15 * global.nextDouble());
      boolean consensus = global.nextDouble() < 0.25;
      int common = global.nextInt(3) - 1;
      for (int g = 0; g < groups; g++) {
        int lean = consensus ? common : global.nextInt(3) - 1;
        double strength = 0.35 + 0.05 * global.nextDouble();
        pAgree[g * m + j] = (float) (0.5 + lean * signal * strength);
      }
    }
    double[] cumulative = shares(groups).clone();
    for (int g = 1; g < groups; g++) {
      cumulative[g] += cumulative[g - 1];
    }
    double mu = Math.log(Math.max(density * m, 1e-9)) - SIGMA * SIGMA / 2;
    int[] group = new int[n];
    int[] rowStart = new int[n + 1];
    inChunks(
        n,
        global.nextLong(),
        (rnd, from, to) -> {
          for (int r = from; r < to; r++) {
            double u = rnd.nextDouble();
            int g = 0;
            while (g < groups - 1 && u >= cumulative[g]) {
              g++;
            }
            group[r] = g;
            double count = Math.exp(mu + SIGMA * gaussian(rnd));
            rowStart[r + 1] = (int) Math.max(1, Math.min(m, Math.round(count)));
            if (r >= firstOutlier) {
              group[r] = (r - firstOutlier) % groups;
              rowStart[r + 1] = m;
            }
          }
        });
    for (int r = 0; r < n; r++) {
      long next = (long) rowStart[r] + rowStart[r + 1];
      if (next > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("too many votes");
      }
      rowStart[r + 1] = (int) next;
    }
    char[] cols = new char[rowStart[n]];
    byte[] vals = new byte[rowStart[n]];
    inChunks(
        n,
        global.nextLong(),
        (rnd, from, to) -> {
          long[] bits = new long[(m + 63) >>> 6];
          for (int r = from; r < to; r++) {
            int count = rowStart[r + 1] - rowStart[r];
            chooseColumns(rnd, bits, m, count);
            int k = rowStart[r];
            int base = group[r] * m;
            for (int w = 0; w < bits.length; w++) {
              long word = bits[w];
              while (word != 0) {
                int j = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                cols[k] = (char) j;
                double u = rnd.nextDouble();
                if (r >= firstOutlier) {
                  float lean = pAgree[base + j];
                  vals[k] =
                      lean > 0.5f
                          ? VoteMatrix.AGREE
                          : lean < 0.5f ? VoteMatrix.DISAGREE : VoteMatrix.PASS;
                } else if (u < pPass[j]) {
                  vals[k] = VoteMatrix.PASS;
                } else {
                  vals[k] =
                      rnd.nextDouble() < pAgree[base + j] ? VoteMatrix.AGREE : VoteMatrix.DISAGREE;
                }
                k++;
              }
              bits[w] = 0;
            }
          }
        });
    long[] pids = new long[n];
    for (int r = 0; r < n; r++) {
      pids[r] = r;
    }
    long[] tids = new long[m];
    for (int j = 0; j < m; j++) {
      tids[j] = j;
    }
    VoteMatrix x =
        VoteMatrix.ofCompressedRows(
            pids, tids, new boolean[m], new boolean[m], rowStart, cols, vals);
    return new Planted(x, group);
  }

  /** The rows of one chunk, {@code from} inclusive to {@code to} exclusive, with its own random. */
  private interface Chunk {
    void fill(SplittableRandom rnd, int from, int to);
  }

  /**
   * Fills the {@code n} rows chunk by chunk in parallel; chunk c draws from a random seeded with
   * {@code seed + 0x9E3779B97F4A7C15L * c}, so the result does not depend on the threads.
   */
  private static void inChunks(int n, long seed, Chunk chunk) {
    int chunks = (n + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK;
    java.util.stream.IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c ->
                chunk.fill(
                    new SplittableRandom(seed + 0x9E3779B97F4A7C15L * c),
                    c * ROWS_PER_CHUNK,
                    Math.min(n, (c + 1) * ROWS_PER_CHUNK)));
  }

  /** Sets exactly {@code count} random bits among the first {@code m} (Floyd's algorithm). */
  private static void chooseColumns(SplittableRandom rnd, long[] bits, int m, int count) {
    boolean complement = count > m / 2;
    int pick = complement ? m - count : count;
    for (int j = m - pick; j < m; j++) {
      int t = rnd.nextInt(j + 1);
      if ((bits[t >>> 6] & (1L << t)) == 0) {
        bits[t >>> 6] |= 1L << t;
      } else {
        bits[j >>> 6] |= 1L << j;
      }
    }
    if (complement) {
      for (int w = 0; w < bits.length; w++) {
        bits[w] = ~bits[w];
      }
      int tail = m & 63;
      if (tail != 0) {
        bits[bits.length - 1] &= (1L << tail) - 1;
      }
    }
  }

  private static double gaussian(SplittableRandom rnd) {
    double u1 = rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  /**
   * A copy of {@code x} without a deterministic pseudo-random {@code fraction} of its votes (each
   * vote dropped independently), standing for the state one tick earlier.
   */
  public static VoteMatrix withoutFraction(VoteMatrix x, double fraction, long seed) {
    int n = x.participants();
    int[] rowStart = new int[n + 1];
    long threshold = (long) (fraction * (1L << 53));
    char[] cols = new char[(int) x.votes()];
    byte[] vals = new byte[(int) x.votes()];
    int out = 0;
    for (int r = 0; r < n; r++) {
      rowStart[r] = out;
      for (int k = x.rowStart(r); k < x.rowEnd(r); k++) {
        long h = mix(seed ^ ((long) r << 20) ^ x.column(k));
        if ((h >>> 11) < threshold) {
          continue;
        }
        cols[out] = (char) x.column(k);
        vals[out] = x.value(k);
        out++;
      }
    }
    rowStart[n] = out;
    long[] pids = new long[n];
    for (int r = 0; r < n; r++) {
      pids[r] = x.participantId(r);
    }
    int m = x.statements();
    long[] tids = new long[m];
    boolean[] excluded = new boolean[m];
    boolean[] meta = new boolean[m];
    for (int j = 0; j < m; j++) {
      tids[j] = x.statementId(j);
      excluded[j] = x.excluded(j);
      meta[j] = x.meta(j);
    }
    return VoteMatrix.ofCompressedRows(
        pids,
        tids,
        excluded,
        meta,
        rowStart,
        java.util.Arrays.copyOf(cols, out),
        java.util.Arrays.copyOf(vals, out));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
