/**
 * The {@code survey-results-bench} command: times computing (and rendering) a survey round's
 * results for 50,000 responses generated in memory. Not part of the tests.
 */
@NamedInterface("bench")
@NullMarked
package se.trygghetsdialog.survey.results.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
