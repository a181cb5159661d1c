package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsensusTest {

  @Test
  void listsSignificantMajoritiesOrderedByStrengthAndSkipsExcluded() {
    VoteMatrix.Builder b = VoteMatrix.builder();
    for (int j = 0; j < 5; j++) {
      b.statement(j, j == 4, false);
    }
    for (int i = 0; i < 20; i++) {
      b.vote(i, 0, i < 15 ? 1 : -1); // 75 % agree
      b.vote(i, 1, i < 19 ? 1 : 0); // 95 % agree
      b.vote(i, 2, i < 11 ? 1 : -1); // 55 %: not significant
      b.vote(i, 3, i < 18 ? -1 : 1); // 90 % disagree
      b.vote(i, 4, 1); // excluded
    }
    Consensus.Lists lists = Consensus.compute(b.build(), OpinionConfig.defaults());
    assertThat(lists.agree()).containsExactly(1, 0);
    assertThat(lists.disagree()).containsExactly(3);
  }

  @Test
  void capsEachListAtFive() {
    VoteMatrix.Builder b = VoteMatrix.builder();
    for (int j = 0; j < 8; j++) {
      b.statement(j, false, false);
      for (int i = 0; i < 10; i++) {
        b.vote(i, j, 1);
      }
    }
    assertThat(Consensus.compute(b.build(), OpinionConfig.defaults()).agree()).hasSize(5);
  }

  @Test
  void usesThePseudoCountThresholds() {
    // 3 of 3 agree: pa = 4/5 > 0.5, pat = 2·2·(4/4 − 0.5) = 2 > 1.2816 → listed.
    // 2 of 2 agree: pa = 3/4, pat = 2·sqrt(3)·(1 − 0.5) = 1.732 → listed.
    // 1 of 1 agree: pat = 2·sqrt(2)·0.5 = 1.414 → listed; 0 of 0: pat = 1 → not listed.
    VoteMatrix.Builder b = VoteMatrix.builder();
    b.statement(0, false, false).statement(1, false, false);
    b.vote(0, 0, 1);
    b.participant(1);
    Consensus.Lists lists = Consensus.compute(b.build(), OpinionConfig.defaults());
    assertThat(lists.agree()).containsExactly(0);
  }
}
