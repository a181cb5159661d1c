package se.trygghetsdialog.survey.results;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The results of one survey round as shown: every count already suppressed.
 *
 * @param round the round
 * @param threshold the smallest count shown (smaller positive counts are suppressed)
 * @param responses how many responses the round has
 * @param indicator the NTU-style indicator in all, when the round asks the NTU-style item
 * @param questions the results per closed question, in the order asked
 * @param weighting how the weights were made, or why there are none
 * @param trends the NTU-style indicator across the survey's rounds, one series per question version
 */
public record RoundResults(
    SurveyResultsSource.Round round,
    int threshold,
    long responses,
    Optional<Indicator> indicator,
    List<QuestionResults> questions,
    Weighting weighting,
    List<TrendSeries> trends) {

  /** Whether there is nothing to show yet. */
  public boolean empty() {
    return responses == 0;
  }

  /** The same results with {@code series} as the trends. */
  public RoundResults withTrends(List<TrendSeries> series) {
    return new RoundResults(round, threshold, responses, indicator, questions, weighting, series);
  }

  /**
   * The NTU-style indicator: otrygga ÷ valid answers (going out not for other reasons), unweighted
   * and, when population statistics allow, post-stratified.
   */
  public record Indicator(@Nullable Proportion unweighted, @Nullable Proportion weighted) {}

  /** A row or column heading: a message key, or a text from the data (an area, an option). */
  public record Label(@Nullable String key, String text) {

    public static Label key(String key) {
      return new Label(key, key);
    }

    public static Label text(String text) {
      return new Label(null, text);
    }
  }

  /** The kind of breakdown of a table. */
  public enum Dimension {
    TOTAL,
    AREA,
    AGE_BAND,
    GENDER
  }

  /** A published count, or its suppression. */
  public record Count(String key, long value, boolean suppressed) {

    /** The value, or null when suppressed. */
    public @Nullable Long shown() {
      return suppressed ? null : value;
    }
  }

  /**
   * One row of a table.
   *
   * @param cells the counts per column
   * @param total the respondents of the row who answered the question
   * @param indicator the NTU-style indicator of the row, null when not shown
   * @param weighted the same, post-stratified; null when not shown or not weighted
   * @param problemIndex the area's indicator against the municipality's, 100 meaning the same
   * @param mean the mean of a number question, null when suppressed
   * @param weightedShares the post-stratified share per column (the total row only), or empty
   */
  public record Row(
      Label label,
      List<Count> cells,
      Count total,
      @Nullable Proportion indicator,
      @Nullable Proportion weighted,
      @Nullable Double problemIndex,
      @Nullable Double mean,
      List<Double> weightedShares) {}

  /** A table: rows of one breakdown, a total row, and the columns. */
  public record Table(
      String id, Dimension dimension, List<Label> columns, List<Row> rows, Row total) {}

  /**
   * The results of one question.
   *
   * @param ntu whether this is the NTU-style item (its breakdowns show otrygga, trygga and those
   *     not going out for other reasons; the six options in all are in {@code distribution})
   * @param distribution the answers in all, per option
   * @param breakdowns the tables per area, age band and gender
   */
  public record QuestionResults(
      SurveyResultsSource.Question question,
      boolean ntu,
      Table distribution,
      List<Table> breakdowns) {}

  /**
   * How the post-stratification went.
   *
   * @param applied whether weighted figures are shown
   * @param populationYear the year of the population statistics used
   * @param weighted the respondents that carry a weight
   * @param unweighted the respondents left out of weighted figures (no area, no age band, or an
   *     area without statistics)
   * @param notes what was collapsed or left out, as message keys with arguments
   */
  public record Weighting(
      boolean applied,
      @Nullable Integer populationYear,
      long weighted,
      long unweighted,
      List<Note> notes) {

    public static Weighting none(String reasonKey) {
      return new Weighting(false, null, 0, 0, List.of(new Note(reasonKey, List.of())));
    }
  }

  /** A message key and its arguments. */
  public record Note(String key, List<Object> args) {}

  /** The indicator of one question version across rounds. */
  public record TrendSeries(String code, int version, List<TrendPoint> points) {}

  /** The indicator of one round, null when its answers are too few to show. */
  public record TrendPoint(
      java.util.UUID roundId,
      String title,
      java.time.LocalDate closes,
      @Nullable Proportion value) {}
}
