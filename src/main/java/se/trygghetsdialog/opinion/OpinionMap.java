package se.trygghetsdialog.opinion;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The latest opinion map of a dialogue as stored by the background worker: what the results page
 * and the next-statement choice need, keyed by statement numbers.
 *
 * @param participants participants with at least one vote on a shown statement
 * @param clustered participants placed in a group
 * @param votes votes on shown statements the result is based on
 * @param groups the opinion groups, A, B, … in index order (empty when there are too few votes)
 * @param consensus statements most participants agree or disagree with across groups
 * @param points sampled participant positions (at most {@link #MAX_POINTS}) for the chart
 * @param priorities next-statement priority per statement number
 * @param statementTotals per statement number: {agree, disagree, seen} over all participants
 */
public record OpinionMap(
    OffsetDateTime computedAt,
    int participants,
    int clustered,
    long votes,
    List<Group> groups,
    List<Opinion> consensus,
    List<Point> points,
    Map<Integer, Double> priorities,
    Map<Integer, int[]> statementTotals) {

  /** The chart never draws more points than this; larger maps are sampled deterministically. */
  public static final int MAX_POINTS = 2000;

  /**
   * @param index 0 for group A
   * @param members participants in the group
   * @param representative the statements that set the group apart
   */
  public record Group(int index, int members, List<Opinion> representative) {

    /** A, B, C … */
    public String letter() {
      return String.valueOf((char) ('A' + index));
    }
  }

  /**
   * A statement a group (or everyone) agrees or disagrees with.
   *
   * @param percent the share of those who voted on it who agree (or disagree, if not {@code
   *     agree}), 0–100
   */
  public record Opinion(int statementNumber, boolean agree, int percent) {}

  /** A participant's position in the first two principal components and their group. */
  public record Point(double x, double y, int group) {}

  public boolean hasGroups() {
    return !groups.isEmpty();
  }
}
