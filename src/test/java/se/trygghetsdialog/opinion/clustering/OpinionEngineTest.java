package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;

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
