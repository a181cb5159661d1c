package se.trygghetsdialog.opinion.clustering;

import lombok.With;

/**
 * Every tunable constant of the opinion-mapping engine in one place.
 *
 * @param minVotesToCluster a participant with at least {@code min(minVotesToCluster, statements)}
 *     votes is clustered ("in conversation"); Polis uses 7
 * @param minClusteredParticipants if fewer participants qualify, the most active ones are added up
 *     to this count; Polis uses 15
 * @param baseK number of base clusters ("buckets"); Polis uses 100
 * @param baseIterations Lloyd-step budget of the base k-means; Polis uses 100
 * @param baseWarmIterations the same on a warm tick (base clusters warm-started from the previous
 *     update); 10, our deviation for the warm-tick budget (Polis: 100). The warm start continues
 *     from the previous update's Lloyd state, so a warm tick only has to track points that moved a
 *     little, and the steps not done now are done on later ticks
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
 * @param threads worker threads for the sparse products and k-means assignment steps (Lombok writes
 *     a copy method per component, e.g. {@code withThreads})
 * @param minGroupSize an opinion group holds at least this many participants (our addition; a group
 *     of one or two people says nothing to a reader and its tallies are one person's votes)
 * @param minGroupShare and at least this share of the clustered participants (our addition)
 * @param exactTickEvery a warm tick that stopped early (approximate) is followed by an exact one at
 *     the latest after this many approximate ticks in a row
 * @param warmResidualBound an approximate warm tick is accepted only when the residual of both
 *     components after its products is at most this times θ1; otherwise the PCA continues to the
 *     exact tolerance
 */
@With
public record OpinionConfig(
    int minVotesToCluster,
    int minClusteredParticipants,
    int baseK,
    int baseIterations,
    int baseWarmIterations,
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
    int threads,
    int minGroupSize,
    double minGroupShare,
    int exactTickEvery,
    double warmResidualBound) {

  /** Polis's constants with the deviations of §1.12 of the specification. */
  public static OpinionConfig defaults() {
    return new OpinionConfig(
        7,
        15,
        100,
        100,
        10,
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
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        DEFAULT_MIN_GROUP_SIZE,
        DEFAULT_MIN_GROUP_SHARE,
        DEFAULT_EXACT_TICK_EVERY,
        DEFAULT_WARM_RESIDUAL_BOUND);
  }

  static final int DEFAULT_MIN_GROUP_SIZE = 3;
  static final double DEFAULT_MIN_GROUP_SHARE = 0.05;
  static final int DEFAULT_EXACT_TICK_EVERY = 10;
  static final double DEFAULT_WARM_RESIDUAL_BOUND = 1e-2;

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
    if (minGroupSize < 1 || minGroupShare < 0 || minGroupShare >= 0.5 || exactTickEvery < 0) {
      throw new IllegalArgumentException(
          "minGroupSize must be positive, minGroupShare in [0, 0.5), exactTickEvery not negative");
    }
  }

  /** The smallest opinion group allowed among {@code clustered} participants. */
  public double minGroupWeight(double clustered) {
    return Math.max(minGroupSize, minGroupShare * clustered);
  }

  /** A copy with other group-size limits. */
  public OpinionConfig withMinGroup(int size, double share) {
    return withMinGroupSize(size).withMinGroupShare(share);
  }

  /** A copy with other approximate-warm-tick settings ({@code every} 0: every warm tick exact). */
  public OpinionConfig withApproximateWarmTicks(int every, double residualBound) {
    return withExactTickEvery(every).withWarmResidualBound(residualBound);
  }
}
