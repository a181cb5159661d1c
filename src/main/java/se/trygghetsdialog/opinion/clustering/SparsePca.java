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

  /** Block size on a warm start. */
  static final int WARM_BLOCK = 2;

  /** λ2/λ1 above which a warm run widens its block to the cold size. */
  static final double FLAT = 0.9;

  /** Basis vectors whose row dot products are kept for the fused projection. */
  static final int FUSED_COLUMNS = 12;

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
    return compute(x, config, previous, workers, null);
  }

  /**
   * As {@link #compute(VoteMatrix, OpinionConfig, double[][])}; if {@code projection} is not null
   * and the run ended without a thick restart within {@value #FUSED_COLUMNS} basis vectors, the
   * participant projections (§1.4) are derived from the row dot products of the sparse block
   * products and stored in {@code projection[0]} (otherwise it stays null and the caller projects).
   */
  static PcaResult compute(
      VoteMatrix x,
      OpinionConfig config,
      double[][] previous,
      Workers workers,
      double[][] projection) {
    return compute(x, config, previous, workers, projection, false);
  }

  /**
   * As above; with {@code approximateAllowed} a warm run stops after its first block product when
   * both components' residuals are at most {@link OpinionConfig#warmResidualBound} times {@code θ1}
   * and the leading pair is not nearly degenerate ({@code θ2/θ1 ≤} {@value #FLAT}); the result is
   * then marked {@link PcaResult#approximate()}.
   */
  static PcaResult compute(
      VoteMatrix x,
      OpinionConfig config,
      double[][] previous,
      Workers workers,
      double[][] projection,
      boolean approximateAllowed) {
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
    // A warm tick only has to track the two wanted components: a block of the two previous
    // components halves the cost of each product (the extra Ritz vectors of a 4-block do not
    // reduce the number of products; measured).
    int bMax = Math.min(config.pcaBlockSize(), active);
    int b = warm ? Math.min(WARM_BLOCK, bMax) : bMax;
    int maxCols = Math.min(active, bMax * config.pcaKrylovBlocks());
    double tol = warm ? config.pcaWarmTolerance() : config.pcaTolerance();

    double[][] q = new double[maxCols][];
    double[][] aq = new double[maxCols][];
    int p = 0;
    double[][] block = startBlock(x, b, previous);
    block = orthonormalise(block, q, 0, x);
    double[] theta = new double[0];
    double[][] ritz = new double[0][];
    SymmetricEigen lastEig = null;
    int lastP = 0;
    int products = 0;
    boolean converged = false;
    boolean approximate = false;
    double warmResidual = Double.NaN;
    double[][] t = new double[maxCols][maxCols];
    // Row dot products Xc_i·q_k of every basis vector, kept while the basis is small and has not
    // been restarted, so that the projections need no further pass over the votes.
    double[] dots = projection != null ? new double[FUSED_COLUMNS * x.participants()] : null;
    while (true) {
      if (block.length == 0) {
        // Invariant subspace: the Ritz pairs are exact.
        converged = p >= 2;
        break;
      }
      if (dots != null && p + block.length > FUSED_COLUMNS) {
        dots = null;
      }
      double[][] w = op.apply(block, dots, p);
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
      lastEig = eig;
      lastP = p;
      theta = eig.values;
      int keep = Math.min(p, Math.max(2 * b, 2));
      ritz = new double[keep][];
      double[][] aRitz = new double[keep][];
      double[][] residual = new double[keep][];
      // Only the two wanted pairs are needed for the convergence test; the rest on demand.
      int ready = Math.min(2, keep);
      boolean done = p >= 2;
      double worst = 0;
      for (int k = 0; k < ready; k++) {
        ritzPair(k, q, aq, eig, theta, p, m, ritz, aRitz, residual);
        double r = norm(residual[k]);
        worst = Math.max(worst, r);
        if (r > tol * Math.max(theta[0], Double.MIN_NORMAL)) {
          done = false;
        }
      }
      if (warm && products == 1 && p >= 2) {
        warmResidual = worst / Math.max(theta[0], Double.MIN_NORMAL);
        if (!done
            && approximateAllowed
            && warmResidual <= config.warmResidualBound()
            && theta[1] <= FLAT * theta[0]) {
          done = true;
          approximate = true;
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
        dots = null;
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
      } else if (b < bMax && theta.length > 1 && theta[1] > FLAT * theta[0]) {
        // Near-degenerate leading pair: the wanted subspace is poorly separated from the next
        // eigenvectors, so widen the block to the cold size with further previous Ritz vectors
        // (or the fixed start vectors) for the rest of the run.
        double[][] extra = startBlock(x, bMax, previous);
        double[][] next = new double[bMax][];
        for (int k = 0; k < bMax; k++) {
          next[k] = k < w.length ? w[k] : extra[k];
        }
        b = bMax;
        block = orthonormalise(next, q, p, x);
      } else {
        block = orthonormalise(w, q, p, x);
      }
      block = Arrays.copyOf(block, Math.min(block.length, maxCols - p));
    }
    double[] pc1 = ritz.length > 0 ? ritz[0].clone() : new double[m];
    double[] pc2 = ritz.length > 1 ? ritz[1].clone() : new double[m];
    int sign1 = fixSign(pc1, previous != null && previous.length > 0 ? previous[0] : null);
    int sign2 = fixSign(pc2, previous != null && previous.length > 1 ? previous[1] : null);
    if (dots != null && lastEig != null && ritz.length > 1 && lastP <= FUSED_COLUMNS) {
      projection[0] =
          Projections.fromRowDots(
              x,
              dots,
              FUSED_COLUMNS,
              lastP,
              lastEig.vectors[0],
              sign1,
              lastEig.vectors[1],
              sign2,
              workers);
    }
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
        basis,
        approximate,
        warmResidual);
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

  private static int fixSign(double[] v, double[] reference) {
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
      return -1;
    }
    return 1;
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
      return apply(block, null, 0);
    }

    /**
     * Returns {@code XcᵀXc·block}; if {@code dots} is not null, also stores each row's dot products
     * {@code Xc_r·block_k} at {@code dots[r·FUSED_COLUMNS + offset + k]}.
     */
    double[][] apply(double[][] block, double[] dots, int offset) {
      int b = block.length;
      double[] vin = new double[m * b];
      for (int k = 0; k < b; k++) {
        for (int j = 0; j < m; j++) {
          vin[j * b + k] = block[k][j];
        }
      }
      // For b = 4, one 64-byte record per column holds the four inputs and the three centred vote
      // values, so each vote touches a single cache line.
      double[] rec = b == 4 || b == 2 ? new double[8 * m] : null;
      if (rec != null) {
        for (int j = 0; j < m; j++) {
          for (int k = 0; k < b; k++) {
            rec[8 * j + k] = vin[b * j + k];
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
              int o = dots == null ? -1 : r * FUSED_COLUMNS + offset;
              if (b == 4) {
                row4(cols, vals, rowStart[r], rowStart[r + 1], rec, acc, dots, o);
              } else if (b == 2) {
                row2(cols, vals, rowStart[r], rowStart[r + 1], rec, acc, dots, o);
              } else {
                rowGeneric(cols, vals, rowStart[r], rowStart[r + 1], centred, vin, acc, s, b);
                if (o >= 0) {
                  System.arraycopy(s, 0, dots, o, b);
                }
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

  private static void row4(
      char[] cols,
      byte[] vals,
      int from,
      int to,
      double[] rec,
      double[] acc,
      double[] dots,
      int o0) {
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
    if (o0 >= 0) {
      dots[o0] = s0;
      dots[o0 + 1] = s1;
      dots[o0 + 2] = s2;
      dots[o0 + 3] = s3;
    }
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

  private static void row2(
      char[] cols,
      byte[] vals,
      int from,
      int to,
      double[] rec,
      double[] acc,
      double[] dots,
      int o0) {
    double s0 = 0;
    double s1 = 0;
    double t0 = 0;
    double t1 = 0;
    int k = from;
    for (; k + 1 < to; k += 2) {
      int o = cols[k] << 3;
      int q = cols[k + 1] << 3;
      double d = rec[o + 5 + vals[k]];
      double e = rec[q + 5 + vals[k + 1]];
      s0 += d * rec[o];
      s1 += d * rec[o + 1];
      t0 += e * rec[q];
      t1 += e * rec[q + 1];
    }
    if (k < to) {
      int o = cols[k] << 3;
      double d = rec[o + 5 + vals[k]];
      s0 += d * rec[o];
      s1 += d * rec[o + 1];
    }
    s0 += t0;
    s1 += t1;
    if (o0 >= 0) {
      dots[o0] = s0;
      dots[o0 + 1] = s1;
    }
    for (k = from; k < to; k++) {
      int j = cols[k];
      double d = rec[(j << 3) + 5 + vals[k]];
      int o = j << 1;
      acc[o] += d * s0;
      acc[o + 1] += d * s1;
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
