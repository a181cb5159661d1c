package se.trygghetsdialog.opinion.clustering;

import java.util.Arrays;

/** Which participants are clustered ("in conversation", §1.2). */
public final class Inclusion {

  private Inclusion() {}

  /**
   * Returns the clustered participants: those clustered before (membership is monotone), plus
   * everybody with at least {@code min(minVotesToCluster, statements)} votes (passes and votes on
   * excluded statements count); if that is fewer than {@code minClusteredParticipants}, the most
   * active remaining participants are added (descending vote count, ties by row) until the minimum
   * is reached or nobody is left.
   *
   * @param previouslyIn per row: clustered in an earlier update (may be {@code null})
   */
  public static boolean[] inConversation(
      VoteMatrix x, boolean[] previouslyIn, OpinionConfig config) {
    int n = x.participants();
    int threshold = Math.min(config.minVotesToCluster(), x.statements());
    boolean[] in = new boolean[n];
    int count = 0;
    for (int r = 0; r < n; r++) {
      in[r] = (previouslyIn != null && previouslyIn[r]) || x.rowLength(r) >= threshold;
      if (in[r]) {
        count++;
      }
    }
    if (count < config.minClusteredParticipants()) {
      long[] keyed = new long[n - count];
      int k = 0;
      for (int r = 0; r < n; r++) {
        if (!in[r]) {
          // Sort key: descending vote count, then ascending row.
          keyed[k++] = ((long) (Integer.MAX_VALUE - x.rowLength(r)) << 32) | r;
        }
      }
      Arrays.sort(keyed);
      for (int i = 0; i < keyed.length && count < config.minClusteredParticipants(); i++) {
        in[(int) keyed[i]] = true;
        count++;
      }
    }
    return in;
  }
}
