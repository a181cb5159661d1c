package se.trygghetsdialog.opinion.web;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The results page: the opinion groups as a chart and a table, each group's representative
 * statements, the consensus statements and the counts the result rests on.
 *
 * @param computedAt null when nothing has been computed yet
 */
public record ResultsView(
    String dialogueId,
    String dialogueTitle,
    @Nullable OffsetDateTime computedAt,
    int participants,
    int clustered,
    long votes,
    int statements,
    List<GroupView> groups,
    List<Line> consensusAgree,
    List<Line> consensusDisagree,
    List<Dot> dots) {

  public static final int WIDTH = 600;
  public static final int HEIGHT = 400;

  public boolean hasGroups() {
    return !groups.isEmpty();
  }

  /** One group: letter, colour, size and the statements that set it apart. */
  public record GroupView(
      String letter,
      String colour,
      int members,
      int percentOfClustered,
      List<Line> agrees,
      List<Line> disagrees) {}

  /** A statement and the share (0–100) that agrees or disagrees with it. */
  public record Line(int number, String text, int percent) {}

  /** One participant in the chart, already in SVG coordinates. */
  public record Dot(String cx, String cy, String colour) {}
}
