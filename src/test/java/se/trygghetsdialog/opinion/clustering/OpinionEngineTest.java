package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpinionEngineTest {

  private static final OpinionEngine ENGINE = new OpinionEngine(OpinionConfig.defaults());

  private static double ari(OpinionResult r, int[] truth) {
    int c = 0;
    for (boolean b : r.clustered()) {
      c += b ? 1 : 0;
    }
    int[] found = new int[c];
    int[] planted = new int[c];
    int k = 0;
    for (int i = 0; i < truth.length; i++) {
      if (r.clustered()[i]) {
        found[k] = r.group()[i];
        planted[k] = truth[i];
        k++;
      }
    }
    return AdjustedRandIndex.of(found, planted);
  }

  @Nested
  class PlantedGroups {

    @ParameterizedTest(name = "{0} groups, seed {1}")
    @CsvSource({"2, 1", "2, 2", "3, 1", "3, 2", "3, 3"})
    void recoversStronglySeparatedPlantedGroups(int groups, long seed) {
      SyntheticConversation.Planted p =
          SyntheticConversation.generate(3000, 600, 0.3, groups, 1.0, seed);
      OpinionResult r = ENGINE.compute(p.matrix());
      assertThat(r.groupCount()).isEqualTo(groups);
      assertThat(ari(r, p.group())).isGreaterThanOrEqualTo(0.9);
    }
  }

  @Nested
  class Outliers {

    private static int smallestGroup(OpinionResult r) {
      int[] size = new int[r.groupCount()];
      for (int g : r.group()) {
        if (g >= 0) {
          size[g]++;
        }
      }
      return java.util.Arrays.stream(size).min().orElse(0);
    }

    private static int clustered(OpinionResult r) {
      int c = 0;
      for (boolean b : r.clustered()) {
        c += b ? 1 : 0;
      }
      return c;
    }

    @ParameterizedTest(name = "{0} outliers, seed {1}")
    @CsvSource({"1, 1", "1, 2", "1, 3", "1, 4", "2, 1", "2, 2", "2, 3", "3, 1", "3, 3", "3, 4"})
    void aFewExtremeParticipantsNeverFormATinyGroup(int outliers, long seed) {
      // The shape of a small real conversation: about 110 participants, 370 statements, each
      // participant voting on about 10 % of them; the outliers vote on every statement.
      SyntheticConversation.Planted p =
          SyntheticConversation.generate(110, 370, 0.1, 2, 1.0, seed, outliers);
      OpinionResult r = ENGINE.compute(p.matrix());
      assertThat(r.groupCount()).isGreaterThanOrEqualTo(2);
      assertThat(smallestGroup(r))
          .isGreaterThanOrEqualTo(3)
          .isGreaterThanOrEqualTo((int) Math.ceil(0.05 * clustered(r)));
    }

    @Test
    void recoversThePlantedGroupsDespiteExtremeParticipants() {
      double sum = 0;
      for (long seed = 1; seed <= 8; seed++) {
        SyntheticConversation.Planted p =
            SyntheticConversation.generate(150, 300, 0.2, 2, 1.0, seed, 3);
        OpinionResult r = ENGINE.compute(p.matrix());
        double ari = ari(r, p.group());
        assertThat(ari).as("seed %d", seed).isGreaterThanOrEqualTo(0.75);
        sum += ari;
      }
      assertThat(sum / 8).isGreaterThanOrEqualTo(0.85);
    }
  }

  @Nested
  class ApproximateWarmTicks {

    private static double oneMinusCos(double[] a, double[] b) {
      return 1
          - Math.abs(SparsePca.dot(a, b)) / Math.sqrt(SparsePca.dot(a, a) * SparsePca.dot(b, b));
    }

    /**
     * The planted conversation with a growing share of its votes: later ticks hold earlier ones.
     */
    private static VoteMatrix tick(SyntheticConversation.Planted p, double missing) {
      return SyntheticConversation.withoutFraction(p.matrix(), missing, 11);
    }

    @Test
    void stopsAfterOneProductWithinTheBoundsOfAnExactTick() {
      SyntheticConversation.Planted p = SyntheticConversation.generate(20000, 300, 0.1, 3, 1.0, 2);
      OpinionEngine exact =
          new OpinionEngine(OpinionConfig.defaults().withApproximateWarmTicks(0, 0));
      OpinionState earlier = exact.compute(tick(p, 0.01)).state();

      OpinionResult approximate = ENGINE.compute(p.matrix(), earlier);
      OpinionResult exactTick = exact.compute(p.matrix(), earlier);
      OpinionResult cold = exact.compute(p.matrix());

      assertThat(approximate.pca().approximate()).isTrue();
      assertThat(approximate.pca().blockProducts()).isEqualTo(1);
      assertThat(exactTick.pca().approximate()).isFalse();
      assertThat(exactTick.pca().blockProducts()).isGreaterThan(1);
      // (a) the groups agree with the exact tick; (b) components within 1 − cos ≤ 1e-3 of exact.
      assertThat(AdjustedRandIndex.of(approximate.group(), exactTick.group()))
          .isGreaterThanOrEqualTo(0.99);
      assertThat(oneMinusCos(approximate.pca().pc1(), cold.pca().pc1())).isLessThanOrEqualTo(1e-3);
      assertThat(oneMinusCos(approximate.pca().pc2(), cold.pca().pc2())).isLessThanOrEqualTo(1e-3);
      // The fused projections are those of the approximate components.
      double[] expected = Projections.participants(p.matrix(), approximate.pca());
      for (int i = 0; i < expected.length; i++) {
        assertThat(approximate.projection()[i])
            .isCloseTo(expected[i], within(1e-9 * (1 + Math.abs(expected[i]))));
      }
    }

    @Test
    void runsAnExactTickAfterTheConfiguredNumberOfApproximateOnes() {
      SyntheticConversation.Planted p = SyntheticConversation.generate(20000, 300, 0.1, 3, 1.0, 2);
      OpinionEngine engine =
          new OpinionEngine(
              OpinionConfig.defaults()
                  .withApproximateWarmTicks(2, OpinionConfig.defaults().warmResidualBound()));
      OpinionState state = engine.compute(tick(p, 0.02)).state();
      boolean[] approximate = new boolean[4];
      double[] missing = {0.0175, 0.015, 0.0125, 0.01};
      for (int t = 0; t < 4; t++) {
        OpinionResult r = engine.compute(tick(p, missing[t]), state);
        approximate[t] = r.pca().approximate();
        state = r.state();
        assertThat(state.approximateTicks()).isEqualTo(new int[] {1, 2, 0, 1}[t]);
      }
      assertThat(approximate).containsExactly(true, true, false, true);
    }

    @Test
    void runsAnExactTickWhenTheResidualAfterTheWarmProductExceedsTheBound() {
      SyntheticConversation.Planted p = SyntheticConversation.generate(20000, 300, 0.1, 3, 1.0, 2);
      // A third more votes since the previous tick moves the components too far.
      OpinionState earlier = ENGINE.compute(tick(p, 0.25)).state();
      OpinionResult r = ENGINE.compute(p.matrix(), earlier);
      assertThat(r.pca().warmResidual()).isGreaterThan(ENGINE.config().warmResidualBound());
      assertThat(r.pca().approximate()).isFalse();
      assertThat(r.pca().blockProducts()).isGreaterThan(1);
      assertThat(r.state().approximateTicks()).isZero();
      OpinionResult cold = ENGINE.compute(p.matrix());
      assertThat(oneMinusCos(r.pca().pc1(), cold.pca().pc1())).isLessThan(1e-7);
    }
  }

  @Nested
  class WarmTicks {

    @Test
    void keepsGroupsAndBaseIdsStableAfterOnePercentMoreVotes() {
      SyntheticConversation.Planted p = SyntheticConversation.generate(5000, 120, 0.15, 3, 1.0, 4);
      VoteMatrix before = SyntheticConversation.withoutFraction(p.matrix(), 0.01, 9);
      OpinionResult first = ENGINE.compute(before);
      OpinionResult second = ENGINE.compute(p.matrix(), first.state());

      assertThat(second.groupCount()).isEqualTo(first.groupCount());
      assertThat(AdjustedRandIndex.of(first.group(), second.group())).isGreaterThan(0.95);
      assertThat(second.base().ids()).containsExactly(first.base().ids());
      assertThat(SparsePca.dot(first.pca().pc1(), second.pca().pc1())).isGreaterThan(0.99);
      assertThat(second.pca().blockProducts()).isLessThanOrEqualTo(first.pca().blockProducts());
    }

    @Test
    void warmTickStaysWithinToleranceOfACold() {
      // The warm tick: 2-vector PCA block, projections fused into the PCA products, base k-means
      // with the warm step budget. Compared with a cold computation of the same matrix.
      SyntheticConversation.Planted p = SyntheticConversation.generate(6000, 150, 0.15, 3, 1.0, 8);
      VoteMatrix before = SyntheticConversation.withoutFraction(p.matrix(), 0.01, 3);
      OpinionEngine exact =
          new OpinionEngine(OpinionConfig.defaults().withApproximateWarmTicks(0, 0));
      OpinionResult warm = exact.compute(p.matrix(), exact.compute(before).state());
      OpinionResult cold = exact.compute(p.matrix());

      assertThat(Math.abs(SparsePca.dot(warm.pca().pc1(), cold.pca().pc1())))
          .isGreaterThan(1 - 1e-7);
      assertThat(Math.abs(SparsePca.dot(warm.pca().pc2(), cold.pca().pc2())))
          .isGreaterThan(1 - 1e-7);
      double[] expected = Projections.participants(p.matrix(), warm.pca());
      for (int i = 0; i < expected.length; i++) {
        assertThat(warm.projection()[i])
            .isCloseTo(expected[i], within(1e-9 * (1 + Math.abs(expected[i]))));
      }
      // Groups: warm starts are path dependent (warm vs cold ARI 0.90–0.96 on such weakly
      // separated small cases with either base budget); the warm base budget itself changes little.
      OpinionConfig d = OpinionConfig.defaults();
      OpinionEngine uncapped =
          new OpinionEngine(d.withBaseWarmIterations(d.baseIterations()).withExactTickEvery(0));
      OpinionResult warmUncapped = uncapped.compute(p.matrix(), uncapped.compute(before).state());
      assertThat(warm.groupCount()).isEqualTo(cold.groupCount());
      assertThat(AdjustedRandIndex.of(warm.group(), warmUncapped.group())).isGreaterThan(0.95);
      assertThat(AdjustedRandIndex.of(warm.group(), cold.group())).isGreaterThan(0.85);
    }

    @Test
    void neverDropsAClusteredParticipant() {
      VoteMatrix x = TestMatrices.random(100, 20, 0.5, 3, null);
      OpinionResult first = ENGINE.compute(x);
      VoteMatrix.Builder b = VoteMatrix.builder();
      for (int j = 0; j < x.statements(); j++) {
        b.statement(x.statementId(j), false, false);
      }
      for (int r = 0; r < x.participants(); r++) {
        b.participant(x.participantId(r));
        // Keep only one vote per participant: nobody qualifies any more.
        if (x.rowLength(r) > 0) {
          b.vote(x.participantId(r), x.statementId(x.column(x.rowStart(r))), 1);
        }
      }
      OpinionResult second = ENGINE.compute(b.build(), first.state());
      for (int r = 0; r < x.participants(); r++) {
        if (first.clustered()[r]) {
          assertThat(second.clustered()[r]).isTrue();
        }
      }
    }
  }

  @Test
  void isDeterministic() {
    SyntheticConversation.Planted p = SyntheticConversation.generate(3000, 100, 0.2, 3, 0.6, 5);
    OpinionResult a = ENGINE.compute(p.matrix());
    OpinionResult b =
        new OpinionEngine(OpinionConfig.defaults().withThreads(1)).compute(p.matrix());
    assertThat(b.group()).containsExactly(a.group());
    assertThat(b.priority()).containsExactly(a.priority());
  }

  @Test
  void handlesTinyConversations() {
    VoteMatrix one = VoteMatrix.builder().statement(1, false, false).vote(1, 1, 1).build();
    OpinionResult r = ENGINE.compute(one);
    assertThat(r.groupCount()).isEqualTo(1);
    assertThat(r.group()).containsExactly(0);
    VoteMatrix empty = VoteMatrix.builder().build();
    assertThat(ENGINE.compute(empty).groupCount()).isZero();
  }

  @Test
  void publishesPrioritiesForEveryStatementAndFortyNineForMeta() {
    VoteMatrix.Builder b = VoteMatrix.builder();
    b.statement(1, false, false).statement(2, false, true).statement(3, false, false);
    for (int i = 0; i < 30; i++) {
      b.vote(i, 1, i % 2 == 0 ? 1 : -1);
      b.vote(i, 2, 1);
      b.vote(i, 3, i % 3 == 0 ? 0 : 1);
    }
    OpinionResult r = ENGINE.compute(b.build());
    assertThat(r.priority()).hasSize(3);
    assertThat(r.priority()[1]).isEqualTo(49.0);
    assertThat(r.priority()[0]).isPositive();
  }
}
