package se.trygghetsdialog.opinion.clustering;

import java.util.Arrays;

/**
 * Exact two-component PCA of the mean-imputed, centred rating matrix, computed without ever
 * materialising it.
 *
 * <p>Imputing a missing cell with its column mean and then centring makes that cell exactly 0, so
 * the centred matrix {@code Xc} has the sparsity of the votes: {@code (Xc)_ij = x_ij − μ_j} on
 * voted cells of included statements and 0 elsewhere (§1.3). The top eigenpairs of {@code C =
 * XcᵀXc} are found with a thick-restarted block Krylov (block Lanczos) iteration with full
 * re-orthogonalisation and a Rayleigh–Ritz step after every block product. Convergence is declared
 * when both leading Ritz pairs have a residual {@code ||C u − θ u|| ≤ tolerance · θ1}; this holds
 * even when the eigengap is tiny, where power iteration stalls.
 *
 * <p>Deterministic: the start block is the previous run's Ritz vectors (warm start) or the all-ones
 * vector plus fixed cosine vectors, the parallel reduction uses a fixed chunking, and the sign of
 * each component is fixed: aligned with the previous component when one is given, otherwise the
 * entry with the largest magnitude (lowest index on ties) is made positive.
 */
public final class SparsePca {

  private static final int CHUNKS = 16;

  private SparsePca() {}

  /**
   * Computes the PCA.
   *
   * @param previous warm start: Ritz vectors of the previous run mapped to this matrix's columns
   *     (rows of length {@code statements()}; may be {@code null} or empty), the first two of which
   *     are the previous components used for the sign rule
   */
  public static PcaResult compute(VoteMatrix x, OpinionConfig config, double[][] previous) {
    try (Workers workers = new Workers(config.threads())) {
      return compute(x, config, previous, workers);
    }
  }

  static PcaResult compute(
      VoteMatrix x, OpinionConfig config, double[][] previous, Workers workers) {
    int m = x.statements();
    double[] centre = columnMeans(x, workers);
    int active = 0;
    for (int j = 0; j < m; j++) {
      if (!x.excluded(j)) {
        active++;
      }
    }
    if (x.participants() < 2 || active < 2) {
      return new PcaResult(centre, new double[m], new double[m], 0, 0, 0, true, new double[0][]);
    }
    Operator op = new Operator(x, centre, workers);
    boolean warm = previous != null && previous.length > 0;
    int b = Math.min(config.pcaBlockSize(), active);
    int maxCols = Math.min(active, b * config.pcaKrylovBlocks());
    double tol = warm ? config.pcaWarmTolerance() : config.pcaTolerance();

    double[][] q = new double[maxCols][];
    double[][] aq = new double[maxCols][];
    int p = 0;
    double[][] block = startBlock(x, b, previous);
    block = orthonormalise(block, q, 0, x);
    double[] theta = new double[0];
    double[][] ritz = new double[0][];
    int products = 0;
    boolean converged = false;
    double[][] t = new double[maxCols][maxCols];
    while (true) {
      if (block.length == 0) {
        // Invariant subspace: the Ritz pairs are exact.
        converged = p >= 2;
        break;
      }
      double[][] w = op.apply(block);
      products++;
      for (int k = 0; k < block.length; k++) {
        q[p + k] = block[k];
        aq[p + k] = w[k];
      }
      int pNew = p + block.length;
      for (int i = 0; i < pNew; i++) {
        for (int j = Math.max(i, p); j < pNew; j++) {
          double d = 0.5 * (dot(q[i], aq[j]) + dot(q[j], aq[i]));
          t[i][j] = d;
          t[j][i] = d;
        }
      }
      p = pNew;
      double[][] tp = new double[p][];
      for (int i = 0; i < p; i++) {
        tp[i] = Arrays.copyOf(t[i], p);
      }
      SymmetricEigen eig = SymmetricEigen.of(tp);
      theta = eig.values;
      int keep = Math.min(p, Math.max(2 * b, 2));
      ritz = new double[keep][];
      double[][] aRitz = new double[keep][];
      double[][] residual = new double[keep][];
      // Only the two wanted pairs are needed for the convergence test; the rest on demand.
      int ready = Math.min(2, keep);
      boolean done = p >= 2;
      for (int k = 0; k < ready; k++) {
        ritzPair(k, q, aq, eig, theta, p, m, ritz, aRitz, residual);
        if (norm(residual[k]) > tol * Math.max(theta[0], Double.MIN_NORMAL)) {
          done = false;
        }
      }
      boolean stop = products >= config.pcaMaxBlockProducts() || p == active;
      if (done || theta[0] <= 0 || stop) {
        converged = done || theta[0] <= 0 || p == active;
        for (int k = ready; k < Math.min(b, keep); k++) {
          ritz[k] = combine(q, eig.vectors[k], p, m);
        }
        break;
      }
      if (p + b > maxCols) {
        // Thick restart: keep the leading Ritz pairs, continue from their residual directions.
        for (int k = ready; k < keep; k++) {
          ritzPair(k, q, aq, eig, theta, p, m, ritz, aRitz, residual);
        }
        for (double[] row : t) {
          Arrays.fill(row, 0);
        }
        for (int k = 0; k < keep; k++) {
          q[k] = ritz[k];
          aq[k] = aRitz[k];
          t[k][k] = theta[k];
        }
        for (int k = keep; k < maxCols; k++) {
          q[k] = null;
          aq[k] = null;
        }
        p = keep;
        double[][] next = Arrays.copyOf(residual, Math.min(b, keep));
        block = orthonormalise(next, q, p, x);
      } else {
        block = orthonormalise(w, q, p, x);
      }
      block = Arrays.copyOf(block, Math.min(block.length, maxCols - p));
    }
    double[] pc1 = ritz.length > 0 ? ritz[0].clone() : new double[m];
    double[] pc2 = ritz.length > 1 ? ritz[1].clone() : new double[m];
    fixSign(pc1, previous != null && previous.length > 0 ? previous[0] : null);
    fixSign(pc2, previous != null && previous.length > 1 ? previous[1] : null);
    double[][] basis = new double[Math.min(ritz.length, b)][];
    for (int k = 0; k < basis.length; k++) {
      basis[k] = k == 0 ? pc1 : k == 1 ? pc2 : ritz[k];
    }
    return new PcaResult(
        centre,
        pc1,
        pc2,
        theta.length > 0 ? theta[0] : 0,
        theta.length > 1 ? theta[1] : 0,
        products,
        converged,
        basis);
  }

  private static void ritzPair(
      int k,
      double[][] q,
      double[][] aq,
      SymmetricEigen eig,
      double[] theta,
      int p,
      int m,
      double[][] ritz,
      double[][] aRitz,
      double[][] residual) {
    ritz[k] = combine(q, eig.vectors[k], p, m);
    aRitz[k] = combine(aq, eig.vectors[k], p, m);
    residual[k] = aRitz[k].clone();
    axpy(-theta[k], ritz[k], residual[k]);
  }

  /** Mean of the observed votes per statement column; 0 for excluded or unvoted statements. */
  public static double[] columnMeans(VoteMatrix x) {
    try (Workers workers = new Workers(1)) {
      return columnMeans(x, workers);
    }
  }

  static double[] columnMeans(VoteMatrix x, Workers workers) {
    int m = x.statements();
    int chunks = 8;
    int[] bounds = rowBoundsByVotes(x, chunks);
    long[][] partial = new long[chunks][];
    char[] cols = x.columnArray();
    byte[] vals = x.valueArray();
    workers.forEach(
        chunks,
        c -> {
          long[] t = new long[2 * m];
          sumColumns(cols, vals, x.rowStart(bounds[c]), x.rowStart(bounds[c + 1]), t);
          partial[c] = t;
        });
    long[] t = new long[2 * m];
    for (long[] part : partial) {
      for (int i = 0; i < t.length; i++) {
        t[i] += part[i];
      }
    }
    double[] mu = new double[m];
    for (int j = 0; j < m; j++) {
      long count = t[2 * j + 1];
      mu[j] = x.excluded(j) || count == 0 ? 0 : (double) t[2 * j] / count;
    }
    return mu;
  }

  private static void sumColumns(char[] cols, byte[] vals, int from, int to, long[] t) {
    for (int k = from; k < to; k++) {
      int j = cols[k];
      t[2 * j] += vals[k];
      t[2 * j + 1]++;
    }
  }

  private static double[][] startBlock(VoteMatrix x, int b, double[][] previous) {
    int m = x.statements();
    double[][] block = new double[b][];
    int filled = 0;
    if (previous != null) {
      for (double[] v : previous) {
        if (filled < b && v != null && v.length == m && norm(v) > 0) {
          block[filled++] = v.clone();
        }
      }
    }
    int seed = 0;
    while (filled < b) {
      double[] v = new double[m];
      for (int j = 0; j < m; j++) {
        v[j] = seed == 0 ? 1.0 : Math.cos(0.7548776662 * (j + 1) * (seed + 1) + seed);
      }
      block[filled++] = v;
      seed++;
    }
    return block;
  }

  /**
   * Orthonormalises the vectors against the first {@code p} basis vectors and each other (two
   * passes of modified Gram–Schmidt); drops vectors that vanish.
   */
  private static double[][] orthonormalise(double[][] vs, double[][] q, int p, VoteMatrix x) {
    double[][] out = new double[vs.length][];
    int n = 0;
    for (double[] v0 : vs) {
      double[] v = v0.clone();
      for (int j = 0; j < v.length; j++) {
        if (x.excluded(j)) {
          v[j] = 0;
        }
      }
      double before = norm(v);
      if (before == 0) {
        continue;
      }
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < p; i++) {
          axpy(-dot(q[i], v), q[i], v);
        }
        for (int i = 0; i < n; i++) {
          axpy(-dot(out[i], v), out[i], v);
        }
      }
      double after = norm(v);
      if (after <= 1e-10 * before) {
        continue;
      }
      for (int j = 0; j < v.length; j++) {
        v[j] /= after;
      }
      out[n++] = v;
    }
    return Arrays.copyOf(out, n);
  }

  private static void fixSign(double[] v, double[] reference) {
    double s;
    if (reference != null && reference.length == v.length && dot(v, reference) != 0) {
      s = dot(v, reference);
    } else {
      int best = 0;
      for (int j = 1; j < v.length; j++) {
        if (Math.abs(v[j]) > Math.abs(v[best])) {
          best = j;
        }
      }
      s = v.length == 0 ? 1 : v[best];
    }
    if (s < 0) {
      for (int j = 0; j < v.length; j++) {
        v[j] = -v[j];
      }
    }
  }

  private static double[] combine(double[][] vs, double[] coef, int p, int m) {
    double[] out = new double[m];
    for (int i = 0; i < p; i++) {
      axpy(coef[i], vs[i], out);
    }
    return out;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static void axpy(double alpha, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += alpha * x[i];
    }
  }

  /** The implicit operator {@code V ↦ XcᵀXc V} over the sparse votes. */
  static final class Operator {
    private final VoteMatrix x;
    private final Workers workers;
    private final int m;
    private final int[] bounds;
    // centred[3j + v + 1] = v − μ_j for a vote v on statement j, or 0 if j is excluded.
    private final double[] centred;

    Operator(VoteMatrix x, double[] mu, Workers workers) {
      this.x = x;
      this.workers = workers;
      this.m = x.statements();
      this.centred = new double[3 * m];
      for (int j = 0; j < m; j++) {
        if (!x.excluded(j)) {
          for (int v = -1; v <= 1; v++) {
            centred[3 * j + v + 1] = v - mu[j];
          }
        }
      }
      this.bounds = rowBoundsByVotes(x, CHUNKS);
    }

    double[][] apply(double[][] block) {
      int b = block.length;
      double[] vin = new double[m * b];
      for (int k = 0; k < b; k++) {
        for (int j = 0; j < m; j++) {
          vin[j * b + k] = block[k][j];
        }
      }
      // For b = 4, one 64-byte record per column holds the four inputs and the three centred vote
      // values, so each vote touches a single cache line.
      double[] rec = b == 4 ? new double[8 * m] : null;
      if (rec != null) {
        for (int j = 0; j < m; j++) {
          for (int k = 0; k < 4; k++) {
            rec[8 * j + k] = vin[4 * j + k];
          }
          for (int v = 0; v < 3; v++) {
            rec[8 * j + 4 + v] = centred[3 * j + v];
          }
        }
      }
      double[][] partial = new double[CHUNKS][];
      int[] rowStart = x.rowStartArray();
      char[] cols = x.columnArray();
      byte[] vals = x.valueArray();
      workers.forEach(
          CHUNKS,
          c -> {
            double[] acc = new double[m * b];
            double[] s = new double[b];
            for (int r = bounds[c]; r < bounds[c + 1]; r++) {
              // Small per-row methods get fully JIT-compiled early (no long-running OSR loops).
              if (b == 4) {
                row4(cols, vals, rowStart[r], rowStart[r + 1], rec, acc);
              } else {
                rowGeneric(cols, vals, rowStart[r], rowStart[r + 1], centred, vin, acc, s, b);
              }
            }
            partial[c] = acc;
          });
      double[][] out = new double[b][m];
      for (int c = 0; c < CHUNKS; c++) {
        double[] acc = partial[c];
        for (int j = 0; j < m; j++) {
          for (int k = 0; k < b; k++) {
            out[k][j] += acc[j * b + k];
          }
        }
      }
      return out;
    }
  }

  private static void row4(char[] cols, byte[] vals, int from, int to, double[] rec, double[] acc) {
    // Two interleaved accumulator sets halve the floating-point dependency chain.
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double t0 = 0;
    double t1 = 0;
    double t2 = 0;
    double t3 = 0;
    int k = from;
    for (; k + 1 < to; k += 2) {
      int o = cols[k] << 3;
      int q = cols[k + 1] << 3;
      double d = rec[o + 5 + vals[k]];
      double e = rec[q + 5 + vals[k + 1]];
      s0 += d * rec[o];
      s1 += d * rec[o + 1];
      s2 += d * rec[o + 2];
      s3 += d * rec[o + 3];
      t0 += e * rec[q];
      t1 += e * rec[q + 1];
      t2 += e * rec[q + 2];
      t3 += e * rec[q + 3];
    }
    if (k < to) {
      int o = cols[k] << 3;
      double d = rec[o + 5 + vals[k]];
      s0 += d * rec[o];
      s1 += d * rec[o + 1];
      s2 += d * rec[o + 2];
      s3 += d * rec[o + 3];
    }
    s0 += t0;
    s1 += t1;
    s2 += t2;
    s3 += t3;
    for (k = from; k < to; k++) {
      int j = cols[k];
      double d = rec[(j << 3) + 5 + vals[k]];
      int o = j << 2;
      acc[o] += d * s0;
      acc[o + 1] += d * s1;
      acc[o + 2] += d * s2;
      acc[o + 3] += d * s3;
    }
  }

  private static void rowGeneric(
      char[] cols,
      byte[] vals,
      int from,
      int to,
      double[] centred,
      double[] vin,
      double[] acc,
      double[] s,
      int b) {
    Arrays.fill(s, 0);
    for (int k = from; k < to; k++) {
      int j = cols[k];
      double d = centred[3 * j + vals[k] + 1];
      for (int e = 0; e < b; e++) {
        s[e] += d * vin[j * b + e];
      }
    }
    for (int k = from; k < to; k++) {
      int j = cols[k];
      double d = centred[3 * j + vals[k] + 1];
      for (int e = 0; e < b; e++) {
        acc[j * b + e] += d * s[e];
      }
    }
  }

  /** Row boundaries splitting the rows into chunks of about equal vote counts. */
  static int[] rowBoundsByVotes(VoteMatrix x, int chunks) {
    int n = x.participants();
    long total = x.votes();
    int[] b = new int[chunks + 1];
    int r = 0;
    for (int c = 1; c < chunks; c++) {
      long target = total * c / chunks;
      while (r < n && x.rowStart(r) < target) {
        r++;
      }
      b[c] = r;
    }
    b[chunks] = n;
    return b;
  }
}
