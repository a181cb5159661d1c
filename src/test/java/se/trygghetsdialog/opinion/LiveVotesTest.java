package se.trygghetsdialog.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.opinion.clustering.VoteMatrix;

class LiveVotesTest {

  /** The matrix a full read of these cells gives: rows and columns in number order. */
  static VoteMatrix fullBuild(int[] shown, Map<Long, Byte> cells) {
    VoteMatrix.Builder b = VoteMatrix.builder();
    for (int s : shown) {
      b.statement(s, false, false);
    }
    TreeSet<Integer> participants = new TreeSet<>();
    cells.keySet().forEach(k -> participants.add((int) (k >>> 32)));
    participants.forEach(b::participant);
    cells.forEach(
        (k, v) -> {
          int s = (int) (k & 0xFFFFFFFFL);
          if (b.hasStatement(s)) {
            b.vote(k >>> 32, s, v);
          }
        });
    return b.build();
  }

  static void assertSame(VoteMatrix actual, VoteMatrix expected) {
    assertThat(actual.participants()).isEqualTo(expected.participants());
    assertThat(actual.statements()).isEqualTo(expected.statements());
    assertThat(actual.votes()).isEqualTo(expected.votes());
    for (int c = 0; c < expected.statements(); c++) {
      assertThat(actual.statementId(c)).isEqualTo(expected.statementId(c));
    }
    for (int r = 0; r < expected.participants(); r++) {
      assertThat(actual.participantId(r)).isEqualTo(expected.participantId(r));
      assertThat(actual.rowStart(r)).isEqualTo(expected.rowStart(r));
      for (int k = expected.rowStart(r); k < expected.rowEnd(r); k++) {
        assertThat(actual.column(k)).isEqualTo(expected.column(k));
        assertThat(actual.value(k)).isEqualTo(expected.value(k));
      }
    }
  }

  @Test
  void manySmallBatchesGiveTheMatrixOfOneFullRead() {
    Random random = new Random(3);
    Map<Long, Byte> truth = new TreeMap<>();
    int[] shown = {1, 2, 3, 5, 8};
    LiveVotes live = LiveVotes.empty(shown);
    for (int batch = 0; batch < 40; batch++) {
      // One read holds each cell once (one row per participant and statement).
      Map<Long, Byte> read = new TreeMap<>();
      for (int i = 0; i < 25; i++) {
        // Participant numbers in any order, old and new cells, changed votes.
        int p = 1 + random.nextInt(60);
        int s = shown[random.nextInt(shown.length)];
        read.put(((long) p << 32) | s, (byte) (random.nextInt(3) - 1));
      }
      truth.putAll(read);
      LiveVotes.Cells cells = new LiveVotes.Cells();
      read.forEach((k, v) -> cells.add((int) (k >>> 32), (int) (k & 0xFFFFFFFFL), v));
      live.apply(shown, cells, Integer.toString(batch));
      assertSame(live.matrix(), fullBuild(shown, truth));
    }
    assertThat(live.horizon()).isEqualTo("39");
  }

  @Test
  void aChangedVoteReplacesTheCell() {
    int[] shown = {1, 2};
    LiveVotes live = LiveVotes.empty(shown);
    LiveVotes.Cells first = new LiveVotes.Cells();
    first.add(7, 1, VoteMatrix.AGREE);
    first.add(7, 2, VoteMatrix.AGREE);
    live.apply(shown, first, "10");
    LiveVotes.Cells changed = new LiveVotes.Cells();
    changed.add(7, 2, VoteMatrix.DISAGREE);
    live.apply(shown, changed, "11");

    assertThat(live.matrix().votes()).isEqualTo(2);
    assertThat(live.matrix().vote(0, 1)).isEqualTo(VoteMatrix.DISAGREE);
    assertThat(live.matrix().vote(0, 0)).isEqualTo(VoteMatrix.AGREE);
  }

  @Test
  void aNewStatementGetsItsColumnInNumberOrderAndOldCellsMove() {
    LiveVotes live = LiveVotes.empty(new int[] {1, 3});
    LiveVotes.Cells cells = new LiveVotes.Cells();
    cells.add(1, 1, VoteMatrix.AGREE);
    cells.add(1, 3, VoteMatrix.DISAGREE);
    live.apply(new int[] {1, 3}, cells, "1");
    int[] more = {1, 2, 3};
    assertThat(live.newStatements(more)).containsExactly(2);
    assertThat(live.sameStatementsOrMore(more)).isTrue();
    assertThat(live.sameStatementsOrMore(new int[] {1, 2})).as("3 was hidden").isFalse();

    LiveVotes.Cells added = new LiveVotes.Cells();
    added.add(1, 2, VoteMatrix.PASS);
    live.apply(more, added, "2");

    Map<Long, Byte> truth = new TreeMap<>();
    truth.put((1L << 32) | 1, VoteMatrix.AGREE);
    truth.put((1L << 32) | 2, VoteMatrix.PASS);
    truth.put((1L << 32) | 3, VoteMatrix.DISAGREE);
    assertSame(live.matrix(), fullBuild(more, truth));
  }
}
