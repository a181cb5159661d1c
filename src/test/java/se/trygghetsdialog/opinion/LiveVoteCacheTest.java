package se.trygghetsdialog.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.opinion.OpinionRepository.DialogueRef;
import se.trygghetsdialog.opinion.clustering.VoteMatrix;
import se.trygghetsdialog.shared.MunicipalityId;

class LiveVoteCacheTest {

  static DialogueRef dialogue() {
    return new DialogueRef(
        new MunicipalityId(UUID.randomUUID()), new DialogueId(UUID.randomUUID()));
  }

  /** A copy with {@code participants} participants who each voted on both statements. */
  static LiveVotes copy(int participants) {
    int[] shown = {1, 2};
    LiveVotes live = LiveVotes.empty(shown);
    LiveVotes.Cells cells = new LiveVotes.Cells();
    for (int p = 1; p <= participants; p++) {
      cells.add(p, 1, VoteMatrix.AGREE);
      cells.add(p, 2, VoteMatrix.DISAGREE);
    }
    live.apply(shown, cells, "1");
    return live;
  }

  @Test
  void pastTheTotalTheLeastRecentlyUsedCopyIsDropped() {
    long one = copy(100).bytes();
    LiveVoteCache cache = new LiveVoteCache(10 * one, 2 * one + one / 2);
    DialogueRef a = dialogue();
    DialogueRef b = dialogue();
    DialogueRef c = dialogue();
    assertThat(cache.keep(a, copy(100))).isTrue();
    assertThat(cache.keep(b, copy(100))).isTrue();
    cache.get(a); // a is now more recently used than b
    assertThat(cache.keep(c, copy(100))).isTrue();

    assertThat(cache.holds(a)).isTrue();
    assertThat(cache.holds(b)).isFalse();
    assertThat(cache.holds(c)).isTrue();
    assertThat(cache.bytes()).isLessThanOrEqualTo(2 * one + one / 2);
  }

  @Test
  void aCopyAboveThePerDialogueBoundIsNotKept() {
    LiveVoteCache cache = new LiveVoteCache(copy(10).bytes(), Long.MAX_VALUE);
    DialogueRef small = dialogue();
    DialogueRef large = dialogue();
    assertThat(cache.keep(small, copy(10))).isTrue();
    assertThat(cache.keep(large, copy(1000))).isFalse();
    assertThat(cache.holds(large)).isFalse();
    assertThat(cache.holds(small)).isTrue();
  }
}
