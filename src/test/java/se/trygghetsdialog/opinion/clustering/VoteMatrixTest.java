package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VoteMatrixTest {

  @Test
  void keepsTheLatestVoteOnACell() {
    VoteMatrix x =
        VoteMatrix.builder()
            .statement(7, false, false)
            .statement(9, false, false)
            .vote(1, 9, 1)
            .vote(1, 7, -1)
            .vote(1, 9, 0)
            .vote(2, 7, 1)
            .vote(1, 9, -1)
            .build();
    assertThat(x.participants()).isEqualTo(2);
    assertThat(x.votes()).isEqualTo(3);
    assertThat(x.vote(0, 1)).isEqualTo((byte) -1);
    assertThat(x.vote(0, 0)).isEqualTo((byte) -1);
    assertThat(x.vote(1, 1)).isNull();
  }

  @Test
  void storesVotesByMeaning() {
    VoteMatrix x =
        VoteMatrix.builder()
            .statement(1, false, false)
            .statement(2, false, false)
            .statement(3, false, false)
            .vote(5, 1, VoteMatrix.AGREE)
            .vote(5, 2, VoteMatrix.DISAGREE)
            .vote(5, 3, VoteMatrix.PASS)
            .build();
    assertThat(x.vote(0, 0)).isEqualTo((byte) 1);
    assertThat(x.vote(0, 1)).isEqualTo((byte) -1);
    assertThat(x.vote(0, 2)).isEqualTo((byte) 0);
  }

  @Test
  void keepsRowsAndColumnsInFirstSeenOrderWithSortedColumnsPerRow() {
    VoteMatrix x =
        VoteMatrix.builder()
            .statement(30, false, false)
            .statement(10, false, false)
            .vote(8, 10, 1)
            .vote(4, 30, 1)
            .vote(8, 30, -1)
            .build();
    assertThat(x.participantId(0)).isEqualTo(8);
    assertThat(x.statementId(0)).isEqualTo(30);
    assertThat(x.column(x.rowStart(0))).isEqualTo(0);
    assertThat(x.column(x.rowStart(0) + 1)).isEqualTo(1);
  }

  @Test
  void rejectsVotesOnUnknownStatements() {
    assertThatThrownBy(() -> VoteMatrix.builder().vote(1, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown statement id 2");
  }

  @Test
  void treatsMetaStatementsAsExcluded() {
    VoteMatrix x = VoteMatrix.builder().statement(1, false, true).build();
    assertThat(x.excluded(0)).isTrue();
    assertThat(x.meta(0)).isTrue();
  }

  @Test
  void usesAtMostFourBytesPerVotePlusLinearOverhead() {
    SyntheticConversation.Planted p = SyntheticConversation.generate(2000, 500, 0.2, 2, 1, 1);
    VoteMatrix x = p.matrix();
    long overhead = 12L * x.participants() + 12L * x.statements() + 64;
    assertThat(x.bytes() - overhead).isLessThanOrEqualTo(3 * x.votes());
  }
}
