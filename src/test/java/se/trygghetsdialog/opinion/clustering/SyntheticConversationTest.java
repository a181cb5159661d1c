package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyntheticConversationTest {

  @Test
  void outliersVoteOnEveryStatementAsTheirGroupLeansAndLeaveTheOtherRowsAlone() {
    SyntheticConversation.Planted plain = SyntheticConversation.generate(200, 80, 0.1, 2, 1.0, 5);
    SyntheticConversation.Planted with = SyntheticConversation.generate(200, 80, 0.1, 2, 1.0, 5, 3);
    VoteMatrix a = plain.matrix();
    VoteMatrix b = with.matrix();
    for (int r = 0; r < 197; r++) {
      assertThat(b.rowEnd(r) - b.rowStart(r)).isEqualTo(a.rowEnd(r) - a.rowStart(r));
      assertThat(with.group()[r]).isEqualTo(plain.group()[r]);
    }
    for (int r = 197; r < 200; r++) {
      assertThat(b.rowEnd(r) - b.rowStart(r)).isEqualTo(80);
      assertThat(with.group()[r]).isEqualTo((r - 197) % 2);
    }
    // Two outliers following the same group cast identical votes.
    for (int k = 0; k < 80; k++) {
      assertThat(b.value(b.rowStart(199) + k)).isEqualTo(b.value(b.rowStart(197) + k));
    }
  }
}
