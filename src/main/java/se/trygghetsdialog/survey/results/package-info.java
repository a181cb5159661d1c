/**
 * The results of a survey round, read through {@link
 * se.trygghetsdialog.survey.results.SurveyResultsSource}: the NTU-style indicator with its Wilson
 * score interval and number of valid answers, the problem index per area, trends across rounds of
 * the same question version, tables per area, age band and gender with small-cell and complementary
 * suppression, and post-stratification weights by area, age band and sex against the population
 * statistics; and {@link se.trygghetsdialog.survey.results.RoundIndicator}, a round's indicator in
 * all and per area for the evidence links. The computation is plain Java ({@link
 * se.trygghetsdialog.survey.results.ResultsComputation}); {@link
 * se.trygghetsdialog.survey.results.SurveyResults} feeds it from the source, the population
 * statistics and the municipality's small-cell threshold.
 */
@NullMarked
package se.trygghetsdialog.survey.results;

import org.jspecify.annotations.NullMarked;
