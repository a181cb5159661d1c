package se.trygghetsdialog.survey.results;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A round's NTU-style indicator in all and per area, suppressed exactly as on the results page: for
 * other modules (evidence for measures, the lägesbild, a dialogue's perspectives). Every share here
 * comes from counts the results page shows, so none rests on fewer answers than the threshold.
 *
 * @param round the round
 * @param threshold the municipality's small-cell threshold
 * @param responses how many responses the round has
 * @param question the version of the NTU-style item counted, null when the round does not ask it
 * @param total the indicator in all, null when the round does not ask the item or its counts are
 *     suppressed
 * @param areas the areas whose indicator is shown, in the results page's order
 * @param hiddenAreas how many areas answered but have their indicator suppressed
 */
public record RoundIndicator(
    SurveyResultsSource.Round round,
    int threshold,
    long responses,
    SurveyResultsSource.@Nullable Question question,
    @Nullable Proportion total,
    List<Area> areas,
    int hiddenAreas) {

  public RoundIndicator {
    areas = List.copyOf(areas);
  }

  /** The indicator of one area, by its name (the code when the municipality has no such area). */
  public record Area(String name, Proportion indicator) {}
}
