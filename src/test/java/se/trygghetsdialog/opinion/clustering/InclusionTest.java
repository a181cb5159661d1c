package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InclusionTest {

  private static VoteMatrix withVoteCounts(int statements, int... counts) {
    VoteMatrix.Builder b = VoteMatrix.builder();
    for (int j = 0; j < statements; j++) {
      b.statement(j, false, false);
    }
    for (int i = 0; i < counts.length; i++) {
      b.participant(i);
      for (int j = 0; j < counts[i]; j++) {
        b.vote(i, j, 0);
      }
    }
    return b.build();
  }

  private static OpinionConfig minimum(int min) {
    return OpinionConfig.defaults().withMinClusteredParticipants(min);
  }

  @Test
  void includesParticipantsWithSevenVotesAndPassesCount() {
    VoteMatrix x = withVoteCounts(10, 7, 6, 10);
    boolean[] in = Inclusion.inConversation(x, null, minimum(0));
    assertThat(in).containsExactly(true, false, true);
  }

  @Test
  void lowersTheThresholdToTheNumberOfStatements() {
    VoteMatrix x = withVoteCounts(3, 3, 2);
    assertThat(Inclusion.inConversation(x, null, minimum(0))).containsExactly(true, false);
  }

  @Test
  void topsUpWithTheMostActiveParticipantsUntilFifteen() {
    int[] counts = new int[20];
    for (int i = 0; i < 20; i++) {
      counts[i] = i % 7;
    }
    counts[3] = 9;
    VoteMatrix x = withVoteCounts(10, counts);
    boolean[] in = Inclusion.inConversation(x, null, OpinionConfig.defaults());
    int c = 0;
    for (boolean b : in) {
      c += b ? 1 : 0;
    }
    assertThat(c).isEqualTo(15);
    assertThat(in[3]).isTrue();
    // Everybody with 6 votes is in before anybody with fewer.
    assertThat(in[6]).isTrue();
    assertThat(in[13]).isTrue();
    assertThat(in[0]).isFalse();
  }

  @Test
  void keepsPreviouslyClusteredParticipants() {
    VoteMatrix x = withVoteCounts(10, 1, 8);
    boolean[] in = Inclusion.inConversation(x, new boolean[] {true, false}, minimum(0));
    assertThat(in).containsExactly(true, true);
  }
}
