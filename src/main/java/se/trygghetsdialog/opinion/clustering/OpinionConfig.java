package se.trygghetsdialog.opinion.clustering;

/**
 * Every tunable constant of the opinion-mapping engine in one place.
 *
 * @param minVotesToCluster a participant with at least {@code min(minVotesToCluster, statements)}
 *     votes is clustered ("in conversation"); Polis uses 7
 * @param minClusteredParticipants if fewer participants qualify, the most active ones are added up
 *     to this count; Polis uses 15
 * @param baseK number of base clusters ("buckets"); Polis uses 100
 * @param baseIterations Lloyd-step budget of the base k-means; Polis uses 100
 * @param maxGroupK largest number of opinion groups considered; Polis uses 5
 * @param groupIterations Lloyd-step budget of the group k-means (the budget Polis intended, 100)
 * @param centreTolerance k-means stops when every centre moved less than this (Euclidean)
 * @param kSmootherBuffer how many consecutive updates must agree on a new k before it is published;
 *     Polis uses 4
 * @param significanceZ one-sided z threshold for "significant" (90 %: 1.2816)
 * @param repnessPerGroup maximum representative statements per group; Polis uses 5
 * @param consensusPerDirection maximum consensus statements per direction; Polis uses 5
 * @param pcaBlockSize number of vectors per block of the block-Krylov eigensolver (at least 2)
 * @param pcaKrylovBlocks blocks in the Krylov basis before a thick restart
 * @param pcaMaxBlockProducts upper bound on sparse block products per PCA run
 * @param pcaTolerance convergence: residual {@code ||C v - θ v||} of both components below {@code
 *     pcaTolerance · θ1} on a cold start (1e-7; measured on 200k × 2k with λ2/λ1 = 0.994 against a
 *     1e-9 run: 1 − cos ≤ 1e-11 for both components, relative eigenvalue error ≤ 3e-13)
 * @param pcaWarmTolerance the same on a warm start; looser, because a warm tick only has to track a
 *     slowly moving subspace (measured: with 1e-4·θ1 the components after a 1 % vote increase are
 *     within 1 − cos ≤ 5e-9 of the exact ones)
 * @param threads worker threads for the sparse products and k-means assignment steps
 */
public record OpinionConfig(
    int minVotesToCluster,
    int minClusteredParticipants,
    int baseK,
    int baseIterations,
    int maxGroupK,
    int groupIterations,
    double centreTolerance,
    int kSmootherBuffer,
    double significanceZ,
    int repnessPerGroup,
    int consensusPerDirection,
    int pcaBlockSize,
    int pcaKrylovBlocks,
    int pcaMaxBlockProducts,
    double pcaTolerance,
    double pcaWarmTolerance,
    int threads) {

  /** Polis's constants with the deviations of §1.12 of the specification. */
  public static OpinionConfig defaults() {
    return new OpinionConfig(
        7,
        15,
        100,
        100,
        5,
        100,
        0.01,
        4,
        1.2816,
        5,
        5,
        4,
        8,
        400,
        1e-7,
        1e-4,
        Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  public OpinionConfig {
    if (pcaBlockSize < 2) {
      throw new IllegalArgumentException("pcaBlockSize must be at least 2");
    }
    if (pcaKrylovBlocks < 2) {
      throw new IllegalArgumentException("pcaKrylovBlocks must be at least 2");
    }
    if (baseK < 1 || maxGroupK < 2 || threads < 1) {
      throw new IllegalArgumentException("baseK, maxGroupK and threads must be positive");
    }
  }

  /** A copy with a different thread count. */
  public OpinionConfig withThreads(int n) {
    return new OpinionConfig(
        minVotesToCluster,
        minClusteredParticipants,
        baseK,
        baseIterations,
        maxGroupK,
        groupIterations,
        centreTolerance,
        kSmootherBuffer,
        significanceZ,
        repnessPerGroup,
        consensusPerDirection,
        pcaBlockSize,
        pcaKrylovBlocks,
        pcaMaxBlockProducts,
        pcaTolerance,
        pcaWarmTolerance,
        n);
  }
}
